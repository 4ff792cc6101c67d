CREATE TABLE "list_entries" (
	"site_id" text NOT NULL,
	"list" text NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	"label" text,
	"source_order_id" text,
	"note" text,
	"manual" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "list_entries_site_id_list_kind_value_pk" PRIMARY KEY("site_id","list","kind","value")
);
--> statement-breakpoint
CREATE TABLE "order_identifiers" (
	"site_id" text NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	"order_id" text NOT NULL,
	"placed_at" timestamp with time zone NOT NULL,
	"customer_key" text,
	"person_key" text,
	"surname_key" text,
	"amount" integer,
	"risky_units" integer DEFAULT 0 NOT NULL,
	"units" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "order_identifiers_site_id_kind_value_order_id_pk" PRIMARY KEY("site_id","kind","value","order_id")
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"site_id" text NOT NULL,
	"order_id" text NOT NULL,
	"placed_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"customer_key" text,
	"token" text,
	"device_id" text,
	"amount" integer,
	"request" jsonb NOT NULL,
	"score" integer NOT NULL,
	"decision" text NOT NULL,
	"reasons" jsonb NOT NULL,
	"links" jsonb NOT NULL,
	"ring_id" text,
	"label" text,
	"label_note" text,
	"labeled_at" timestamp with time zone,
	"erased_at" timestamp with time zone,
	CONSTRAINT "orders_site_id_order_id_pk" PRIMARY KEY("site_id","order_id")
);
--> statement-breakpoint
CREATE TABLE "server_secrets" (
	"name" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "settings" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
CREATE INDEX "order_identifiers_order_idx" ON "order_identifiers" USING btree ("site_id","order_id");--> statement-breakpoint
CREATE INDEX "order_identifiers_recent_idx" ON "order_identifiers" USING btree ("site_id","kind","value","placed_at");--> statement-breakpoint
CREATE INDEX "orders_ring_idx" ON "orders" USING btree ("site_id","ring_id");--> statement-breakpoint
CREATE INDEX "orders_customer_idx" ON "orders" USING btree ("site_id","customer_key","placed_at");--> statement-breakpoint
CREATE INDEX "orders_token_idx" ON "orders" USING btree ("site_id","token");