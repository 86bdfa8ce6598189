-- Segments of Comment.path come from this sequence: unique and increasing without any
-- read-then-write, so concurrent replies to one parent can never collide or reorder.
CREATE SEQUENCE "comment_path_seq" AS BIGINT;
