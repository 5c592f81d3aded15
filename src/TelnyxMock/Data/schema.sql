CREATE TABLE "v1_connections" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_v1_connections" PRIMARY KEY,
    "Account" TEXT NOT NULL,
    "ConnectionName" TEXT NOT NULL,
    "NameKey" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "TechPrefix" TEXT NOT NULL,
    "AuthenticationType" INTEGER NOT NULL,
    "Active" INTEGER NOT NULL,
    "DnisNumberFormat" INTEGER NOT NULL,
    "Timeout1xx" TEXT NOT NULL,
    "Timeout2xx" TEXT NOT NULL,
    "ForwardOnly" INTEGER NOT NULL,
    "AniOverrideType" TEXT NOT NULL,
    "AniOverride" TEXT NOT NULL,
    "RegistrationStatus" INTEGER NOT NULL,
    "LastRegisteredIp" TEXT NULL,
    "RegistrationStatusUpdatedAt" TEXT NULL,
    "SipCompactHeadersEnabled" INTEGER NOT NULL,
    "TransportProtocol" TEXT NOT NULL,
    "ThirdPartyControlEnabled" INTEGER NOT NULL,
    "PrivacyZoneEnabled" INTEGER NOT NULL,
    "Codecs" TEXT NOT NULL,
    "PrackEnabled" INTEGER NOT NULL,
    "DefaultRoutingMethod" TEXT NULL,
    "DefaultPrimaryAuthorizedIpId" INTEGER NULL,
    "DefaultSecondaryAuthorizedIpId" INTEGER NULL,
    "DefaultTertiaryAuthorizedIpId" INTEGER NULL,
    "AnchorsiteOverride" TEXT NOT NULL,
    "EncryptedMedia" TEXT NULL,
    "CallFailureCheckEnabled" INTEGER NOT NULL,
    "InstantRingbackEnabled" INTEGER NOT NULL,
    "T38ReinviteSource" TEXT NOT NULL,
    "AniNumberFormat" TEXT NOT NULL,
    "IsupHeadersEnabled" INTEGER NOT NULL,
    "EncodeContactHeaderEnabled" INTEGER NOT NULL,
    "InboundGenerateRingbackTone" INTEGER NOT NULL,
    "OutboundGenerateRingbackTone" INTEGER NOT NULL,
    "RtcpReportFrequencySeconds" INTEGER NOT NULL,
    "RtcpPort" TEXT NOT NULL,
    "DtmfType" TEXT NOT NULL,
    "OutboundLocalization" TEXT NULL,
    "InboundChannelLimit" INTEGER NULL,
    "OutboundChannelLimit" INTEGER NULL,
    "OnnetT38PassthroughEnabled" INTEGER NOT NULL,
    "SipRegion" TEXT NOT NULL,
    "SipUriCallingPreference" TEXT NOT NULL,
    "SipSubdomain" TEXT NULL,
    "SipSubdomainReceiveSettings" TEXT NULL,
    "OutboundCallParkingEnabled" INTEGER NOT NULL,
    "WebhookApiVersion" TEXT NOT NULL
);


CREATE TABLE "v2_ip_connections" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_v2_ip_connections" PRIMARY KEY,
    "Account" TEXT NOT NULL,
    "ConnectionName" TEXT NULL,
    "NameKey" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Active" INTEGER NOT NULL,
    "OutboundVoiceProfileId" INTEGER NULL,
    "Fqdns" TEXT NOT NULL,
    "AnchorsiteOverride" TEXT NOT NULL,
    "AndroidPushCredentialId" TEXT NULL,
    "IosPushCredentialId" TEXT NULL,
    "CallCostInWebhooks" INTEGER NOT NULL,
    "DefaultOnHoldComfortNoiseEnabled" INTEGER NOT NULL,
    "DtmfType" TEXT NOT NULL,
    "EncodeContactHeaderEnabled" INTEGER NOT NULL,
    "EncryptedMedia" TEXT NULL,
    "NoiseSuppression" TEXT NOT NULL,
    "OnnetT38PassthroughEnabled" INTEGER NOT NULL,
    "Tags" TEXT NOT NULL,
    "TransportProtocol" TEXT NOT NULL,
    "WebhookApiVersion" TEXT NOT NULL,
    "WebhookEventUrl" TEXT NULL,
    "WebhookEventFailoverUrl" TEXT NULL,
    "WebhookTimeoutSecs" INTEGER NULL,
    "Snapshot" TEXT NOT NULL,
    "Inbound" TEXT NOT NULL,
    "JitterBuffer" TEXT NOT NULL,
    "NoiseSuppressionDetails" TEXT NOT NULL,
    "Outbound" TEXT NOT NULL,
    "RtcpSettings" TEXT NOT NULL
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


CREATE INDEX "IX_v1_authorized_ips_ConnectionId" ON "v1_authorized_ips" ("ConnectionId");


CREATE INDEX "IX_v1_authorized_ips_IpAddress" ON "v1_authorized_ips" ("IpAddress");


CREATE INDEX "IX_v1_connections_Account_Active_Id_NameKey" ON "v1_connections" ("Account", "Active", "Id", "NameKey");


CREATE INDEX "IX_v1_connections_Account_AuthenticationType_Id_NameKey" ON "v1_connections" ("Account", "AuthenticationType", "Id", "NameKey");


CREATE INDEX "IX_v1_connections_Account_CreatedAt_Id_NameKey" ON "v1_connections" ("Account", "CreatedAt", "Id", "NameKey");


CREATE INDEX "IX_v1_connections_Account_NameKey" ON "v1_connections" ("Account", "NameKey");


CREATE INDEX "IX_v1_credentials_ConnectionId" ON "v1_credentials" ("ConnectionId");


CREATE INDEX "IX_v1_fqdns_ConnectionId" ON "v1_fqdns" ("ConnectionId");


CREATE INDEX "IX_v2_ip_connections_Account_Active_Id_NameKey" ON "v2_ip_connections" ("Account", "Active", "Id", "NameKey");


CREATE INDEX "IX_v2_ip_connections_Account_CreatedAt_Id_NameKey" ON "v2_ip_connections" ("Account", "CreatedAt", "Id", "NameKey");


CREATE INDEX "IX_v2_ip_connections_Account_NameKey" ON "v2_ip_connections" ("Account", "NameKey");


CREATE INDEX "IX_v2_ip_connections_Account_OutboundVoiceProfileId" ON "v2_ip_connections" ("Account", "OutboundVoiceProfileId");


