CREATE TABLE "v1_connections" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_v1_connections" PRIMARY KEY,
    "NameKey" TEXT NOT NULL,
    "Active" INTEGER NOT NULL,
    "AuthenticationType" INTEGER NOT NULL,
    "Account" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Document" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "v2_credential_connections" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_v2_credential_connections" PRIMARY KEY,
    "NameKey" TEXT NOT NULL,
    "Active" INTEGER NOT NULL,
    "OutboundVoiceProfileId" INTEGER NULL,
    "UserName" TEXT NOT NULL,
    "Registration" TEXT NULL,
    "Account" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Document" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "v2_fqdn_connections" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_v2_fqdn_connections" PRIMARY KEY,
    "NameKey" TEXT NOT NULL,
    "Active" INTEGER NOT NULL,
    "OutboundVoiceProfileId" INTEGER NULL,
    "Account" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Document" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "v2_ip_connections" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_v2_ip_connections" PRIMARY KEY,
    "NameKey" TEXT NOT NULL,
    "Active" INTEGER NOT NULL,
    "OutboundVoiceProfileId" INTEGER NULL,
    "Account" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Document" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "v2_number_orders" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_v2_number_orders" PRIMARY KEY,
    "Status" TEXT NOT NULL,
    "PhoneNumbersCount" INTEGER NOT NULL,
    "CustomerReference" TEXT NULL,
    "RequirementsMet" INTEGER NOT NULL,
    "ConnectionId" INTEGER NULL,
    "Account" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Document" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Aside" TEXT NOT NULL
);


CREATE TABLE "v2_outbound_voice_profiles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_v2_outbound_voice_profiles" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "NameKey" TEXT NOT NULL,
    "Enabled" INTEGER NOT NULL,
    "ServicePlan" TEXT NOT NULL,
    "TrafficType" TEXT NOT NULL,
    "UsagePaymentMethod" TEXT NOT NULL,
    "Account" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Document" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "v2_phone_numbers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_v2_phone_numbers" PRIMARY KEY,
    "PhoneNumber" TEXT NOT NULL,
    "Digits" TEXT NOT NULL,
    "ConnectionId" INTEGER NULL,
    "ConnectionNameKey" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Country" TEXT NOT NULL,
    "NumberType" TEXT NOT NULL,
    "TagsKey" TEXT NOT NULL,
    "CustomerReference" TEXT NULL,
    "BillingGroupId" TEXT NULL,
    "EmergencyAddressId" TEXT NULL,
    "UsagePaymentMethod" TEXT NOT NULL,
    "Account" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Document" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Aside" TEXT NOT NULL
);


CREATE TABLE "v2_telephony_credentials" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_v2_telephony_credentials" PRIMARY KEY,
    "ConnectionId" INTEGER NOT NULL,
    "Tag" TEXT NULL,
    "Name" TEXT NULL,
    "ResourceId" TEXT NOT NULL,
    "SipUserName" TEXT NOT NULL,
    "ExpiresAt" TEXT NULL,
    "Account" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Document" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Aside" TEXT NOT NULL
);


CREATE TABLE "v1_authorized_ips" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_v1_authorized_ips" PRIMARY KEY AUTOINCREMENT,
    "ConnectionId" INTEGER NOT NULL,
    "IpAddress" TEXT NOT NULL,
    "Port" INTEGER NOT NULL,
    CONSTRAINT "FK_v1_authorized_ips_v1_connections_ConnectionId" FOREIGN KEY ("ConnectionId") REFERENCES "v1_connections" ("Id") ON DELETE CASCADE
);


CREATE TABLE "v1_credentials" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_v1_credentials" PRIMARY KEY AUTOINCREMENT,
    "ConnectionId" INTEGER NOT NULL,
    "UserName" TEXT NOT NULL,
    "UserNameKey" TEXT NOT NULL,
    "Password" TEXT NOT NULL,
    CONSTRAINT "FK_v1_credentials_v1_connections_ConnectionId" FOREIGN KEY ("ConnectionId") REFERENCES "v1_connections" ("Id") ON DELETE CASCADE
);


CREATE TABLE "v1_fqdns" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_v1_fqdns" PRIMARY KEY AUTOINCREMENT,
    "ConnectionId" INTEGER NOT NULL,
    "Fqdn" TEXT NOT NULL,
    "Port" INTEGER NOT NULL,
    "DnsRecordType" TEXT NOT NULL,
    CONSTRAINT "FK_v1_fqdns_v1_connections_ConnectionId" FOREIGN KEY ("ConnectionId") REFERENCES "v1_connections" ("Id") ON DELETE CASCADE
);


CREATE TABLE "v2_fqdns" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_v2_fqdns" PRIMARY KEY,
    "ConnectionId" INTEGER NOT NULL,
    "Fqdn" TEXT NOT NULL,
    "Port" INTEGER NULL,
    "DnsRecordType" TEXT NOT NULL,
    "Account" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Document" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_v2_fqdns_v2_fqdn_connections_ConnectionId" FOREIGN KEY ("ConnectionId") REFERENCES "v2_fqdn_connections" ("Id") ON DELETE CASCADE
);


CREATE TABLE "v2_ips" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_v2_ips" PRIMARY KEY,
    "ConnectionId" INTEGER NULL,
    "IpAddress" TEXT NOT NULL,
    "Port" INTEGER NOT NULL,
    "Account" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Document" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_v2_ips_v2_ip_connections_ConnectionId" FOREIGN KEY ("ConnectionId") REFERENCES "v2_ip_connections" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_v1_authorized_ips_ConnectionId" ON "v1_authorized_ips" ("ConnectionId");


CREATE INDEX "IX_v1_authorized_ips_IpAddress" ON "v1_authorized_ips" ("IpAddress");


CREATE INDEX "IX_v1_connections_Account_Active_Id_NameKey" ON "v1_connections" ("Account", "Active", "Id", "NameKey");


CREATE INDEX "IX_v1_connections_Account_AuthenticationType_Id_NameKey" ON "v1_connections" ("Account", "AuthenticationType", "Id", "NameKey");


CREATE INDEX "IX_v1_connections_Account_CreatedAt_Id_NameKey" ON "v1_connections" ("Account", "CreatedAt", "Id", "NameKey");


CREATE INDEX "IX_v1_connections_Account_NameKey" ON "v1_connections" ("Account", "NameKey");


CREATE INDEX "IX_v1_credentials_ConnectionId" ON "v1_credentials" ("ConnectionId");


CREATE INDEX "IX_v1_fqdns_ConnectionId" ON "v1_fqdns" ("ConnectionId");


CREATE INDEX "IX_v2_credential_connections_Account_Active_Id_NameKey" ON "v2_credential_connections" ("Account", "Active", "Id", "NameKey");


CREATE INDEX "IX_v2_credential_connections_Account_CreatedAt_Id_NameKey" ON "v2_credential_connections" ("Account", "CreatedAt", "Id", "NameKey");


CREATE INDEX "IX_v2_credential_connections_Account_NameKey" ON "v2_credential_connections" ("Account", "NameKey");


CREATE INDEX "IX_v2_credential_connections_Account_OutboundVoiceProfileId" ON "v2_credential_connections" ("Account", "OutboundVoiceProfileId");


CREATE INDEX "IX_v2_fqdn_connections_Account_Active_Id_NameKey" ON "v2_fqdn_connections" ("Account", "Active", "Id", "NameKey");


CREATE INDEX "IX_v2_fqdn_connections_Account_CreatedAt_Id_NameKey" ON "v2_fqdn_connections" ("Account", "CreatedAt", "Id", "NameKey");


CREATE INDEX "IX_v2_fqdn_connections_Account_NameKey" ON "v2_fqdn_connections" ("Account", "NameKey");


CREATE INDEX "IX_v2_fqdn_connections_Account_OutboundVoiceProfileId" ON "v2_fqdn_connections" ("Account", "OutboundVoiceProfileId");


CREATE INDEX "IX_v2_fqdns_Account_CreatedAt_Id" ON "v2_fqdns" ("Account", "CreatedAt", "Id");


CREATE INDEX "IX_v2_fqdns_Account_Fqdn" ON "v2_fqdns" ("Account", "Fqdn");


CREATE INDEX "IX_v2_fqdns_ConnectionId" ON "v2_fqdns" ("ConnectionId");


CREATE INDEX "IX_v2_ip_connections_Account_Active_Id_NameKey" ON "v2_ip_connections" ("Account", "Active", "Id", "NameKey");


CREATE INDEX "IX_v2_ip_connections_Account_CreatedAt_Id_NameKey" ON "v2_ip_connections" ("Account", "CreatedAt", "Id", "NameKey");


CREATE INDEX "IX_v2_ip_connections_Account_NameKey" ON "v2_ip_connections" ("Account", "NameKey");


CREATE INDEX "IX_v2_ip_connections_Account_OutboundVoiceProfileId" ON "v2_ip_connections" ("Account", "OutboundVoiceProfileId");


CREATE INDEX "IX_v2_ips_Account_CreatedAt_Id" ON "v2_ips" ("Account", "CreatedAt", "Id");


CREATE INDEX "IX_v2_ips_Account_IpAddress" ON "v2_ips" ("Account", "IpAddress");


CREATE INDEX "IX_v2_ips_ConnectionId" ON "v2_ips" ("ConnectionId");


CREATE INDEX "IX_v2_number_orders_Account_ConnectionId" ON "v2_number_orders" ("Account", "ConnectionId");


CREATE INDEX "IX_v2_number_orders_Account_CreatedAt_Id" ON "v2_number_orders" ("Account", "CreatedAt", "Id");


CREATE INDEX "IX_v2_outbound_voice_profiles_Account_CreatedAt_Id" ON "v2_outbound_voice_profiles" ("Account", "CreatedAt", "Id");


CREATE INDEX "IX_v2_outbound_voice_profiles_Account_NameKey_Id" ON "v2_outbound_voice_profiles" ("Account", "NameKey", "Id");


CREATE INDEX "IX_v2_phone_numbers_Account_ConnectionId_CreatedAt_Id" ON "v2_phone_numbers" ("Account", "ConnectionId", "CreatedAt", "Id");


CREATE INDEX "IX_v2_phone_numbers_Account_ConnectionNameKey" ON "v2_phone_numbers" ("Account", "ConnectionNameKey");


CREATE INDEX "IX_v2_phone_numbers_Account_CreatedAt_Id" ON "v2_phone_numbers" ("Account", "CreatedAt", "Id");


CREATE UNIQUE INDEX "IX_v2_phone_numbers_PhoneNumber" ON "v2_phone_numbers" ("PhoneNumber");


CREATE INDEX "IX_v2_telephony_credentials_Account_ConnectionId" ON "v2_telephony_credentials" ("Account", "ConnectionId");


CREATE INDEX "IX_v2_telephony_credentials_Account_CreatedAt_Id" ON "v2_telephony_credentials" ("Account", "CreatedAt", "Id");


CREATE INDEX "IX_v2_telephony_credentials_Account_Tag" ON "v2_telephony_credentials" ("Account", "Tag");


CREATE UNIQUE INDEX "IX_v2_telephony_credentials_SipUserName" ON "v2_telephony_credentials" ("SipUserName");


