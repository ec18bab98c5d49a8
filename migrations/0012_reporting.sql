CREATE TABLE "destroyed_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"category" text NOT NULL,
	"body_agency_id" uuid NOT NULL,
	"outcome" text,
	"submitted_month" date NOT NULL,
	"first_response_hours" integer,
	"destroyed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity_key_holders" (
	"report_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"sealed_key" "bytea" NOT NULL,
	"grant" text NOT NULL,
	CONSTRAINT "identity_key_holders_report_id_user_id_pk" PRIMARY KEY("report_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "identity_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"requested_by" uuid NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decision_reason" text,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "protection_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"opened_by" text NOT NULL,
	"kind" text NOT NULL,
	"details" "bytea" NOT NULL,
	"response" "bytea",
	"status" text DEFAULT 'open' NOT NULL,
	"outcome" text,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deadline" date NOT NULL,
	"answered_at" timestamp with time zone,
	"answered_by" uuid
);
--> statement-breakpoint
CREATE TABLE "report_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"sealed_key" "bytea" NOT NULL,
	"description" "bytea" NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_identities" (
	"report_id" uuid PRIMARY KEY NOT NULL,
	"content" "bytea" NOT NULL,
	"reporter_sealed_key" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_key_holders" (
	"report_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"sealed_key" "bytea" NOT NULL,
	"grant" text NOT NULL,
	CONSTRAINT "report_key_holders_report_id_user_id_pk" PRIMARY KEY("report_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "report_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"author" text NOT NULL,
	"author_user_id" uuid,
	"body" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting_key_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"user_id" uuid,
	"report_id" uuid,
	"sealed_secret_key" "bytea" NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting_keys" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"public_key" "bytea" NOT NULL,
	"sealed_by_password" "bytea" NOT NULL,
	"password_salt" "bytea" NOT NULL,
	"sealed_by_recovery" "bytea" NOT NULL,
	"recovery_salt" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"category" text NOT NULL,
	"body_agency_id" uuid NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"outcome" text,
	"assigned_to" uuid,
	"receipt_lookup" "bytea" NOT NULL,
	"reporter_public_key" "bytea" NOT NULL,
	"reporter_sealed_key" "bytea" NOT NULL,
	"content" "bytea" NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"first_response_at" timestamp with time zone,
	"last_reporter_activity_at" timestamp with time zone,
	"awaiting_handler" boolean DEFAULT true NOT NULL,
	"closed_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"synthetic" boolean DEFAULT false NOT NULL,
	CONSTRAINT "reports_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "reward_decisions" (
	"report_id" uuid PRIMARY KEY NOT NULL,
	"eligible" boolean NOT NULL,
	"recovered_som" integer,
	"amount_som" integer,
	"basis" text NOT NULL,
	"payment_due" date,
	"paid_on" date,
	"payment_reference" text,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting_spent_challenges" (
	"digest" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "identity_key_holders" ADD CONSTRAINT "identity_key_holders_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_key_holders" ADD CONSTRAINT "identity_key_holders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_requests" ADD CONSTRAINT "identity_requests_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_requests" ADD CONSTRAINT "identity_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_requests" ADD CONSTRAINT "identity_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_requests" ADD CONSTRAINT "protection_requests_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_requests" ADD CONSTRAINT "protection_requests_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_attachments" ADD CONSTRAINT "report_attachments_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_identities" ADD CONSTRAINT "report_identities_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_key_holders" ADD CONSTRAINT "report_key_holders_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_key_holders" ADD CONSTRAINT "report_key_holders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_messages" ADD CONSTRAINT "report_messages_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_messages" ADD CONSTRAINT "report_messages_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_key_sessions" ADD CONSTRAINT "reporting_key_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_key_sessions" ADD CONSTRAINT "reporting_key_sessions_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_keys" ADD CONSTRAINT "reporting_keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_body_agency_id_agencies_id_fk" FOREIGN KEY ("body_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_assigned_to_users_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reward_decisions" ADD CONSTRAINT "reward_decisions_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reward_decisions" ADD CONSTRAINT "reward_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "identity_requests_status" ON "identity_requests" USING btree ("status","requested_at");--> statement-breakpoint
CREATE INDEX "protection_requests_queue" ON "protection_requests" USING btree ("status","deadline");--> statement-breakpoint
CREATE INDEX "protection_requests_report" ON "protection_requests" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "report_attachments_report" ON "report_attachments" USING btree ("report_id","position");--> statement-breakpoint
CREATE INDEX "report_key_holders_user" ON "report_key_holders" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "report_messages_report" ON "report_messages" USING btree ("report_id","created_at");--> statement-breakpoint
CREATE INDEX "reporting_key_sessions_expiry" ON "reporting_key_sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_receipt_lookup" ON "reports" USING btree ("receipt_lookup");--> statement-breakpoint
CREATE INDEX "reports_body_queue" ON "reports" USING btree ("body_agency_id","status","submitted_at");--> statement-breakpoint
CREATE INDEX "reports_expiry" ON "reports" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "reward_decisions_due" ON "reward_decisions" USING btree ("paid_on","payment_due");--> statement-breakpoint
CREATE INDEX "reporting_spent_challenges_expiry" ON "reporting_spent_challenges" USING btree ("expires_at");