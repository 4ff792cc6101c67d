CREATE TABLE "device_tokens" (
	"site_id" text NOT NULL,
	"token" text NOT NULL,
	"session_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"device_id" text NOT NULL,
	"hardware_id" text NOT NULL,
	"visitor_id" text NOT NULL,
	"ip" text,
	"user_agent" text,
	"headers" jsonb NOT NULL,
	"client" jsonb NOT NULL,
	"signals" jsonb NOT NULL,
	"behavior" jsonb,
	"flags" jsonb NOT NULL,
	"flag_reasons" jsonb NOT NULL,
	CONSTRAINT "device_tokens_site_id_token_pk" PRIMARY KEY("site_id","token")
);
--> statement-breakpoint
CREATE TABLE "secret_keys" (
	"site_id" text NOT NULL,
	"id" text NOT NULL,
	"key_hash" text NOT NULL,
	"hint" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "secret_keys_site_id_id_pk" PRIMARY KEY("site_id","id")
);
--> statement-breakpoint
CREATE TABLE "sites" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"public_key" text NOT NULL,
	"origins" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sites_public_key_unique" UNIQUE("public_key")
);
--> statement-breakpoint
ALTER TABLE "secret_keys" ADD CONSTRAINT "secret_keys_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "device_tokens_session_idx" ON "device_tokens" USING btree ("site_id","session_id");--> statement-breakpoint
CREATE INDEX "device_tokens_device_idx" ON "device_tokens" USING btree ("site_id","device_id","created_at");--> statement-breakpoint
CREATE INDEX "device_tokens_hardware_idx" ON "device_tokens" USING btree ("site_id","hardware_id","created_at");--> statement-breakpoint
CREATE INDEX "device_tokens_visitor_idx" ON "device_tokens" USING btree ("site_id","visitor_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "secret_keys_key_hash_idx" ON "secret_keys" USING btree ("key_hash");