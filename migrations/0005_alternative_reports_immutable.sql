-- Alternative reports are a civil-society organisation's filed word: once filed they never change.
-- The database refuses UPDATE and DELETE whatever the application does. Reviewed by hand.
CREATE OR REPLACE FUNCTION alternative_reports_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'alternative_reports are immutable once filed: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER alternative_reports_no_update_delete
  BEFORE UPDATE OR DELETE ON alternative_reports
  FOR EACH ROW EXECUTE FUNCTION alternative_reports_refuse_change();
