"""Stories: the story (near-duplicate group) of each article and event, as story_id.

``marsad code --stories``, batch runs and ``marsad watch`` assign one; articles coded without
stories keep null. A database ``marsad watch`` filled before this revision has its stories in
``watch_stories``: they are copied over, so its articles and events show them at once.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 08:50:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    # plain ALTER TABLE ADD COLUMN on both dialects: no copy of the tables, data stays put
    op.add_column("articles", sa.Column("story_id", sa.String(), nullable=True))
    op.create_index("ix_articles_story", "articles", ["story_id"], unique=False)
    op.add_column("events", sa.Column("story_id", sa.String(), nullable=True))
    op.create_index("ix_events_story_day", "events", ["story_id", "day", "pk"], unique=False)
    if "watch_stories" in sa.inspect(op.get_bind()).get_table_names():
        for table in ("articles", "events"):
            op.execute(
                f"UPDATE {table} SET story_id = (SELECT w.story_id FROM watch_stories w "
                f"WHERE w.doc_id = {table}.doc_id) "
                "WHERE doc_id IN (SELECT doc_id FROM watch_stories)"
            )


def downgrade() -> None:
    """Downgrade schema."""
    # native DROP COLUMN (SQLite 3.35+): a batch copy of events would drop the triggers that
    # keep events_fts in step, and its DROP TABLE would cascade to the linked tables
    op.drop_index("ix_events_story_day", table_name="events")
    op.drop_column("events", "story_id")
    op.drop_index("ix_articles_story", table_name="articles")
    op.drop_column("articles", "story_id")
