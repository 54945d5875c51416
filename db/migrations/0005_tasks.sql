CREATE TYPE "public"."task_assignment_rule" AS ENUM('none', 'account_owner', 'territory_rep');--> statement-breakpoint
CREATE TYPE "public"."project_kind" AS ENUM('commercial', 'delivery');--> statement-breakpoint
CREATE TYPE "public"."project_status" AS ENUM('active', 'completed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."recurrence_unit" AS ENUM('day', 'week', 'month');--> statement-breakpoint
CREATE TYPE "public"."task_related_type" AS ENUM('account', 'contact', 'lead', 'opportunity', 'quote', 'order', 'project');--> statement-breakpoint
CREATE TYPE "public"."task_kind" AS ENUM('call', 'meeting', 'visit', 'email', 'presentation', 'demo', 'todo', 'usage_review', 'advisory_visit');--> statement-breakpoint
CREATE TYPE "public"."task_priority" AS ENUM('urgent', 'high', 'normal', 'low');--> statement-breakpoint
CREATE TYPE "public"."task_status" AS ENUM('pending', 'in_progress', 'done', 'cancelled');--> statement-breakpoint
CREATE TABLE "playbook_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"archived_at" timestamp (3) with time zone,
	"stage_id" uuid NOT NULL,
	"task_type_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	CONSTRAINT "playbook_steps_org_id_id_key" UNIQUE("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "playbook_steps" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"archived_at" timestamp (3) with time zone,
	"owner_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"kind" "project_kind" DEFAULT 'commercial' NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"planned_start" date,
	"planned_end" date,
	"status" "project_status" DEFAULT 'active' NOT NULL,
	"closed_at" timestamp (3) with time zone,
	CONSTRAINT "projects_org_id_id_key" UNIQUE("org_id","id"),
	CONSTRAINT "projects_planned_check" CHECK ("projects"."planned_end" is null or "projects"."planned_start" is null or "projects"."planned_end" >= "projects"."planned_start")
);
--> statement-breakpoint
ALTER TABLE "projects" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "task_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"archived_at" timestamp (3) with time zone,
	"name" text NOT NULL,
	"kind" "task_kind" NOT NULL,
	"default_priority" "task_priority" DEFAULT 'normal' NOT NULL,
	"default_duration_minutes" integer,
	"default_controller_id" uuid,
	"assignment_rule" "task_assignment_rule" DEFAULT 'none' NOT NULL,
	"recurrence_every" integer,
	"recurrence_unit" "recurrence_unit",
	CONSTRAINT "task_types_org_id_id_key" UNIQUE("org_id","id"),
	CONSTRAINT "task_types_recurrence_check" CHECK (("task_types"."recurrence_every" is null) = ("task_types"."recurrence_unit" is null) and coalesce("task_types"."recurrence_every", 1) between 1 and 366)
);
--> statement-breakpoint
ALTER TABLE "task_types" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"archived_at" timestamp (3) with time zone,
	"kind" "task_kind" NOT NULL,
	"task_type_id" uuid,
	"subject" text NOT NULL,
	"related_type" "task_related_type" NOT NULL,
	"related_id" uuid NOT NULL,
	"account_id" uuid,
	"project_id" uuid,
	"assignee_id" uuid NOT NULL,
	"controller_id" uuid NOT NULL,
	"priority" "task_priority" DEFAULT 'normal' NOT NULL,
	"status" "task_status" DEFAULT 'pending' NOT NULL,
	"due_date" date,
	"next_action_date" date,
	"due_sort" date GENERATED ALWAYS AS (coalesce(due_date, 'infinity'::date)) STORED NOT NULL,
	"next_action_sort" date GENERATED ALWAYS AS (coalesce(next_action_date, 'infinity'::date)) STORED NOT NULL,
	"duration_minutes" integer,
	"notes" text DEFAULT '' NOT NULL,
	"outcome" text DEFAULT '' NOT NULL,
	"cancel_reason" text DEFAULT '' NOT NULL,
	"recurrence_every" integer,
	"recurrence_unit" "recurrence_unit",
	"started_at" timestamp (3) with time zone,
	"completed_at" timestamp (3) with time zone,
	"cancelled_at" timestamp (3) with time zone,
	"previous_occurrence_id" uuid,
	"next_occurrence_id" uuid,
	CONSTRAINT "tasks_org_id_id_key" UNIQUE("org_id","id"),
	CONSTRAINT "tasks_recurrence_check" CHECK (("tasks"."recurrence_every" is null) = ("tasks"."recurrence_unit" is null) and coalesce("tasks"."recurrence_every", 1) between 1 and 366),
	CONSTRAINT "tasks_duration_check" CHECK ("tasks"."duration_minutes" is null or "tasks"."duration_minutes" > 0)
);
--> statement-breakpoint
ALTER TABLE "tasks" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "time_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"archived_at" timestamp (3) with time zone,
	"task_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"date" date NOT NULL,
	"minutes" integer NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"account_id" uuid,
	"project_id" uuid,
	CONSTRAINT "time_entries_org_id_id_key" UNIQUE("org_id","id"),
	CONSTRAINT "time_entries_minutes_check" CHECK ("time_entries"."minutes" between 1 and 1440)
);
--> statement-breakpoint
ALTER TABLE "time_entries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "playbook_steps" ADD CONSTRAINT "playbook_steps_stage_fk" FOREIGN KEY ("org_id","stage_id") REFERENCES "public"."pipeline_stages"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playbook_steps" ADD CONSTRAINT "playbook_steps_type_fk" FOREIGN KEY ("org_id","task_type_id") REFERENCES "public"."task_types"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_owner_fk" FOREIGN KEY ("org_id","owner_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_account_fk" FOREIGN KEY ("org_id","account_id") REFERENCES "public"."accounts"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_types" ADD CONSTRAINT "task_types_controller_fk" FOREIGN KEY ("org_id","default_controller_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_type_fk" FOREIGN KEY ("org_id","task_type_id") REFERENCES "public"."task_types"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_account_fk" FOREIGN KEY ("org_id","account_id") REFERENCES "public"."accounts"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_project_fk" FOREIGN KEY ("org_id","project_id") REFERENCES "public"."projects"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assignee_fk" FOREIGN KEY ("org_id","assignee_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_controller_fk" FOREIGN KEY ("org_id","controller_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_previous_fk" FOREIGN KEY ("org_id","previous_occurrence_id") REFERENCES "public"."tasks"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_next_fk" FOREIGN KEY ("org_id","next_occurrence_id") REFERENCES "public"."tasks"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_task_fk" FOREIGN KEY ("org_id","task_id") REFERENCES "public"."tasks"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_user_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_account_fk" FOREIGN KEY ("org_id","account_id") REFERENCES "public"."accounts"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_project_fk" FOREIGN KEY ("org_id","project_id") REFERENCES "public"."projects"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "playbook_steps_stage_type_key" ON "playbook_steps" USING btree ("org_id","stage_id","task_type_id") WHERE archived_at is null;--> statement-breakpoint
CREATE INDEX "playbook_steps_stage_idx" ON "playbook_steps" USING btree ("org_id","stage_id","position");--> statement-breakpoint
CREATE INDEX "projects_owner_idx" ON "projects" USING btree ("org_id","owner_id","created_at");--> statement-breakpoint
CREATE INDEX "projects_account_idx" ON "projects" USING btree ("org_id","account_id");--> statement-breakpoint
CREATE INDEX "projects_org_created_idx" ON "projects" USING btree ("org_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "task_types_org_name_key" ON "task_types" USING btree ("org_id",lower("name")) WHERE archived_at is null;--> statement-breakpoint
CREATE INDEX "tasks_assignee_idx" ON "tasks" USING btree ("org_id","assignee_id","status","due_sort");--> statement-breakpoint
CREATE INDEX "tasks_controller_idx" ON "tasks" USING btree ("org_id","controller_id","status","due_sort");--> statement-breakpoint
CREATE INDEX "tasks_created_by_idx" ON "tasks" USING btree ("org_id","created_by");--> statement-breakpoint
CREATE INDEX "tasks_status_due_idx" ON "tasks" USING btree ("org_id","status","due_sort");--> statement-breakpoint
CREATE INDEX "tasks_next_action_idx" ON "tasks" USING btree ("org_id","next_action_sort");--> statement-breakpoint
CREATE INDEX "tasks_org_created_idx" ON "tasks" USING btree ("org_id","created_at","id");--> statement-breakpoint
CREATE INDEX "tasks_related_idx" ON "tasks" USING btree ("org_id","related_type","related_id");--> statement-breakpoint
CREATE INDEX "tasks_account_idx" ON "tasks" USING btree ("org_id","account_id","due_sort");--> statement-breakpoint
CREATE INDEX "tasks_project_idx" ON "tasks" USING btree ("org_id","project_id","status");--> statement-breakpoint
CREATE INDEX "time_entries_task_idx" ON "time_entries" USING btree ("org_id","task_id");--> statement-breakpoint
CREATE INDEX "time_entries_user_idx" ON "time_entries" USING btree ("org_id","user_id","date");--> statement-breakpoint
CREATE INDEX "time_entries_account_idx" ON "time_entries" USING btree ("org_id","account_id","date");--> statement-breakpoint
CREATE INDEX "time_entries_project_idx" ON "time_entries" USING btree ("org_id","project_id","date");--> statement-breakpoint
CREATE INDEX "time_entries_org_date_idx" ON "time_entries" USING btree ("org_id","date","id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "playbook_steps" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "projects" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "task_types" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "tasks" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "time_entries" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);