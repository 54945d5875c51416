-- The audit trail is append-only for every role, the owner included (ISO 9001 record control).
CREATE FUNCTION ciclo_reject_audit_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = '42501';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION ciclo_reject_audit_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION ciclo_reject_audit_change();
--> statement-breakpoint
-- Sign-in must find a user before their organisation is known. These functions run as the schema
-- owner (not subject to row-level security) and answer only what sign-in needs; the app role may
-- call them but cannot read other organisations' tables.
CREATE FUNCTION ciclo_auth_user_by_email(p_email text)
RETURNS TABLE (user_id uuid, org_id uuid, password_hash text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT u.id, u.org_id, u.password_hash FROM users u
  WHERE lower(u.email) = lower(p_email) AND u.archived_at IS NULL
$$;
--> statement-breakpoint
CREATE FUNCTION ciclo_auth_session(p_token_hash text)
RETURNS TABLE (session_id uuid, org_id uuid, user_id uuid, role user_role, team_id uuid, csrf_token text, expires_at timestamptz, last_seen_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT s.id, s.org_id, s.user_id, u.role, u.team_id, s.csrf_token, s.expires_at, s.last_seen_at FROM sessions s
  JOIN users u ON u.id = s.user_id AND u.org_id = s.org_id
  WHERE s.token_hash = p_token_hash AND u.archived_at IS NULL
$$;
--> statement-breakpoint
CREATE FUNCTION ciclo_auth_api_key(p_key_hash text)
RETURNS TABLE (api_key_id uuid, org_id uuid, user_id uuid, role user_role, team_id uuid, last_used_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT k.id, k.org_id, k.user_id, u.role, u.team_id, k.last_used_at FROM api_keys k
  JOIN users u ON u.id = k.user_id AND u.org_id = k.org_id
  WHERE k.key_hash = p_key_hash AND k.revoked_at IS NULL AND u.archived_at IS NULL
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ciclo_auth_user_by_email(text), ciclo_auth_session(text), ciclo_auth_api_key(text) FROM PUBLIC;
