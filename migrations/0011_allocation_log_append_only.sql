-- The court allocation log and its signed heads are append-only: the database itself refuses
-- to change or remove them, whatever the application does (the verification would name such
-- an edit anyway; this stops it from being made through the application's own account).
-- Reviewed by hand (drizzle-kit --custom).
CREATE OR REPLACE FUNCTION allocation_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER allocation_log_no_update_delete
  BEFORE UPDATE OR DELETE ON allocation_log
  FOR EACH ROW EXECUTE FUNCTION allocation_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER allocation_log_no_truncate
  BEFORE TRUNCATE ON allocation_log
  FOR EACH STATEMENT EXECUTE FUNCTION allocation_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER allocation_heads_no_update_delete
  BEFORE UPDATE OR DELETE ON allocation_heads
  FOR EACH ROW EXECUTE FUNCTION allocation_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER allocation_heads_no_truncate
  BEFORE TRUNCATE ON allocation_heads
  FOR EACH STATEMENT EXECUTE FUNCTION allocation_log_refuse_change();
