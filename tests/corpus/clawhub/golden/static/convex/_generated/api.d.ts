/* eslint-disable */
/**
 * Generated `api` utility.
 *
 * THIS CODE IS AUTOMATICALLY GENERATED.
 *
 * To regenerate, run `npx convex dev`.
 * @module
 */

import type { FunctionReference } from "convex/server";
import type { GenericId as Id } from "convex/values";

/**
 * A utility for referencing Convex functions in your app's public API.
 *
 * Usage:
 * ```js
 * const myFunctionReference = api.myModule.myFunction;
 * ```
 */
export declare const api: {
  appMeta: {
    getDeploymentInfo: FunctionReference<"query", "public", {}, any>;
  };
  auth: {
    isAuthenticated: FunctionReference<"query", "public", {}, any>;
    signIn: FunctionReference<
      "action",
      "public",
      {
        calledBy?: string;
        params?: any;
        provider?: string;
        refreshToken?: string;
        verifier?: string;
      },
      any
    >;
    signOut: FunctionReference<"action", "public", {}, any>;
  };
  catalogClassification: {
    classifyCatalog: FunctionReference<
      "action",
      "public",
      {
        batchSize?: number;
        continueOnIncomplete?: boolean;
        cursor?: string;
        maxBatches?: number;
        targetKind: "skill" | "plugin";
      },
      any
    >;
  };
  catalogTopics: {
    listTopByCategory: FunctionReference<
      "query",
      "public",
      { category: string; kind: "skill" | "plugin" },
      any
    >;
  };
  cliDeviceAuth: {
    approve: FunctionReference<"mutation", "public", { userCode: string }, any>;
    deny: FunctionReference<"mutation", "public", { userCode: string }, any>;
  };
  dashboard: {
    getDownloadMetrics: FunctionReference<
      "query",
      "public",
      {
        endDay: number;
        publisherId: Id<"publishers">;
        selection?:
          { kind: "skill"; slug: string } | { kind: "plugin"; name: string };
      },
      any
    >;
  };
  githubImport: {
    importGitHubSkill: FunctionReference<
      "action",
      "public",
      {
        acceptLicenseTerms: boolean;
        candidatePath: string;
        categories?: Array<string>;
        commit: string;
        displayName?: string;
        icon?: string;
        ownerHandle?: string;
        selectedPaths: Array<string>;
        slug?: string;
        tags?: Array<string>;
        topics?: Array<string>;
        url: string;
        version?: string;
      },
      any
    >;
    listOwnedPublicGitHubRepos: FunctionReference<
      "action",
      "public",
      { page?: number; perPage?: number; query?: string },
      any
    >;
    previewGitHubImport: FunctionReference<
      "action",
      "public",
      { url: string },
      any
    >;
    previewGitHubImportCandidate: FunctionReference<
      "action",
      "public",
      { candidatePath: string; url: string },
      any
    >;
  };
  githubOrgMemberships: {
    listMine: FunctionReference<"query", "public", {}, any>;
  };
  githubSkillSources: {
    deleteForPublisher: FunctionReference<
      "mutation",
      "public",
      {
        ownerPublisherId: Id<"publishers">;
        sourceId: Id<"githubSkillSources">;
      },
      any
    >;
    listForManageableOfficialPublishers: FunctionReference<
      "query",
      "public",
      {},
      any
    >;
    listForPublisher: FunctionReference<
      "query",
      "public",
      { ownerPublisherId: Id<"publishers"> },
      any
    >;
  };
  githubSkillSync: {
    configurePublicGitHubSkillSource: FunctionReference<
      "action",
      "public",
      {
        expectedSkillsShSource?: {
          commit: string;
          contentHash: string;
          externalId: string;
          path: string;
          repo: string;
        };
        ownerPublisherId: Id<"publishers">;
        repo: string;
      },
      any
    >;
    syncGitHubSkillSource: FunctionReference<
      "action",
      "public",
      {
        defaultBranch?: string;
        dryRun?: boolean;
        ownerPublisherId?: Id<"publishers">;
        repo: string;
      },
      any
    >;
  };
  maintenance: {
    backfillLatestSkillModeration: FunctionReference<
      "action",
      "public",
      { batchSize?: number; force?: boolean },
      any
    >;
    backfillPublisherStats: FunctionReference<
      "action",
      "public",
      {
        batchSize?: number;
        cursor?: string;
        dryRun?: boolean;
        maxBatches?: number;
      },
      any
    >;
    backfillSkillBadges: FunctionReference<
      "action",
      "public",
      { batchSize?: number; dryRun?: boolean; maxBatches?: number },
      any
    >;
    backfillSkillBadgeTable: FunctionReference<
      "action",
      "public",
      { batchSize?: number; dryRun?: boolean; maxBatches?: number },
      any
    >;
    backfillSkillFingerprints: FunctionReference<
      "action",
      "public",
      { batchSize?: number; dryRun?: boolean; maxBatches?: number },
      any
    >;
    backfillSkillSearchDigestFirstTokens: FunctionReference<
      "action",
      "public",
      {
        batchSize?: number;
        confirm?: string;
        cursor?: string;
        delayMs?: number;
        dryRun?: boolean;
      },
      any
    >;
    backfillSkillSearchDigestModerationVerdicts: FunctionReference<
      "action",
      "public",
      { batchSize?: number; cursor?: string; dryRun?: boolean },
      any
    >;
    backfillSkillsShMirrorDigestFirstTokens: FunctionReference<
      "action",
      "public",
      {
        batchSize?: number;
        confirm?: string;
        cursor?: string;
        delayMs?: number;
        dryRun?: boolean;
      },
      any
    >;
    backfillSkillSummaries: FunctionReference<
      "action",
      "public",
      {
        batchSize?: number;
        cursor?: string;
        dryRun?: boolean;
        maxBatches?: number;
        useAi?: boolean;
      },
      any
    >;
    cleanupEmptySkills: FunctionReference<
      "action",
      "public",
      {
        batchSize?: number;
        cursor?: string;
        dryRun?: boolean;
        maxBatches?: number;
        maxReadmeBytes?: number;
        nominationThreshold?: number;
      },
      any
    >;
    nominateEmptySkillSpammers: FunctionReference<
      "action",
      "public",
      {
        batchSize?: number;
        cursor?: string;
        maxBatches?: number;
        nominationThreshold?: number;
      },
      any
    >;
    publisherAbuseSignalSmoke: FunctionReference<
      "action",
      "public",
      {
        confirm?: string;
        mode: "dryRun" | "create" | "cleanup";
        skillId: Id<"skills">;
      },
      any
    >;
    resyncPluginCatalogMetadataDigests: FunctionReference<
      "action",
      "public",
      {
        batchSize?: number;
        confirm?: string;
        cursor?: string;
        dryRun?: boolean;
        family?: "code-plugin" | "bundle-plugin";
        maxBatches?: number;
      },
      any
    >;
    scheduleBackfillPublisherStats: FunctionReference<
      "action",
      "public",
      { dryRun?: boolean },
      any
    >;
    scheduleBackfillSkillBadges: FunctionReference<
      "action",
      "public",
      { dryRun?: boolean },
      any
    >;
    scheduleBackfillSkillBadgeTable: FunctionReference<
      "action",
      "public",
      { dryRun?: boolean },
      any
    >;
    scheduleBackfillSkillFingerprints: FunctionReference<
      "action",
      "public",
      { dryRun?: boolean },
      any
    >;
    scheduleBackfillSkillSummaries: FunctionReference<
      "action",
      "public",
      { dryRun?: boolean; useAi?: boolean },
      any
    >;
  };
  packages: {
    backfillLatestPackageScanStatus: FunctionReference<
      "action",
      "public",
      { batchSize?: number },
      any
    >;
    backfillPackageReleaseScans: FunctionReference<
      "action",
      "public",
      { batchSize?: number },
      any
    >;
    canDeleteVersions: FunctionReference<
      "query",
      "public",
      { candidateNames?: Array<string>; name: string },
      any
    >;
    countPublicPlugins: FunctionReference<"query", "public", {}, any>;
    deleteOwnedRelease: FunctionReference<
      "mutation",
      "public",
      { name: string; version: string },
      any
    >;
    generateChangelogPreview: FunctionReference<
      "action",
      "public",
      {
        family: "code-plugin" | "bundle-plugin";
        filePaths?: Array<string>;
        name: string;
        readmeText: string;
        version: string;
      },
      any
    >;
    getActivityTrendForName: FunctionReference<
      "query",
      "public",
      { endDay: number; name: string },
      any
    >;
    getByName: FunctionReference<"query", "public", { name: string }, any>;
    getByNameForStaff: FunctionReference<
      "query",
      "public",
      { name: string },
      any
    >;
    getManageContext: FunctionReference<
      "query",
      "public",
      { candidateNames?: Array<string>; name: string },
      any
    >;
    getPackageInspectorValidationSummaryPublic: FunctionReference<
      "query",
      "public",
      { name: string },
      any
    >;
    getVersionByName: FunctionReference<
      "query",
      "public",
      { name: string; version: string },
      any
    >;
    list: FunctionReference<
      "query",
      "public",
      {
        limit?: number;
        ownerPublisherId?: Id<"publishers">;
        ownerUserId?: Id<"users">;
      },
      any
    >;
    listAuditPage: FunctionReference<
      "query",
      "public",
      {
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
      },
      any
    >;
    listPackageInspectorFindingsPublic: FunctionReference<
      "query",
      "public",
      { limit?: number; name: string },
      any
    >;
    listPackageInspectorWarningsForManager: FunctionReference<
      "query",
      "public",
      { limit?: number; name: string },
      any
    >;
    listPublicNewPluginsPage: FunctionReference<
      "query",
      "public",
      {
        category?: string;
        createdAfter: number;
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
      },
      any
    >;
    listPublicPage: FunctionReference<
      "query",
      "public",
      {
        category?: string;
        channel?: "official" | "community" | "private";
        excludedScanStatuses?: Array<
          "clean" | "suspicious" | "malicious" | "pending" | "not-run"
        >;
        family?: "skill" | "code-plugin" | "bundle-plugin" | "claw";
        highlightedOnly?: boolean;
        isOfficial?: boolean;
        officialFirst?: boolean;
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        sort?:
          "updated" | "downloads" | "recommended" | "installs" | "trending";
        topic?: string;
      },
      any
    >;
    listVersions: FunctionReference<
      "query",
      "public",
      {
        name: string;
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
      },
      any
    >;
    listVersionsForManager: FunctionReference<
      "query",
      "public",
      {
        name: string;
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
      },
      any
    >;
    normalizeOfficialPublisherPackages: FunctionReference<
      "action",
      "public",
      {
        batchSize?: number;
        cursor?: string;
        dryRun?: boolean;
        family?: "code-plugin" | "bundle-plugin";
      },
      any
    >;
    publishRelease: FunctionReference<
      "action",
      "public",
      { payload: any },
      any
    >;
    restoreOwnedRelease: FunctionReference<
      "mutation",
      "public",
      { name: string; version: string },
      any
    >;
    searchPublic: FunctionReference<
      "query",
      "public",
      {
        category?: string;
        channel?: "official" | "community" | "private";
        createdAfter?: number;
        excludedScanStatuses?: Array<
          "clean" | "suspicious" | "malicious" | "pending" | "not-run"
        >;
        family?: "skill" | "code-plugin" | "bundle-plugin" | "claw";
        highlightedOnly?: boolean;
        isOfficial?: boolean;
        limit?: number;
        query: string;
        topic?: string;
      },
      any
    >;
    setBatch: FunctionReference<
      "mutation",
      "public",
      { batch?: string; packageId: Id<"packages"> },
      any
    >;
    setPackageCatalogMetadata: FunctionReference<
      "mutation",
      "public",
      {
        categories?: Array<string>;
        packageId: Id<"packages">;
        topics: Array<string>;
      },
      any
    >;
    softDeletePackage: FunctionReference<
      "mutation",
      "public",
      { packageId: Id<"packages"> },
      any
    >;
    transferPackageOwner: FunctionReference<
      "mutation",
      "public",
      { name: string; reason?: string; toOwner: string },
      any
    >;
  };
  promotions: {
    create: FunctionReference<
      "mutation",
      "public",
      {
        authChoiceId?: string;
        blurb: string;
        docsUrl?: string;
        endsAt: number;
        launchPageUrl?: string;
        models: Array<{
          alias?: string;
          modelRef: string;
          suggestedDefault?: boolean;
        }>;
        pluginNames?: Array<string>;
        provider?: string;
        signupUrl?: string;
        slug: string;
        sponsor?: string;
        startsAt: number;
        title: string;
      },
      any
    >;
    listForStaff: FunctionReference<
      "query",
      "public",
      {
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
      },
      any
    >;
    setStatus: FunctionReference<
      "mutation",
      "public",
      { slug: string; status: "draft" | "active" | "ended" },
      any
    >;
    update: FunctionReference<
      "mutation",
      "public",
      {
        authChoiceId?: string;
        blurb: string;
        docsUrl?: string;
        endsAt: number;
        launchPageUrl?: string;
        models: Array<{
          alias?: string;
          modelRef: string;
          suggestedDefault?: boolean;
        }>;
        pluginNames?: Array<string>;
        provider?: string;
        signupUrl?: string;
        slug: string;
        sponsor?: string;
        startsAt: number;
        targetSlug: string;
        title: string;
      },
      any
    >;
  };
  publishAttempts: {
    claimPrePublicationChecks: FunctionReference<
      "action",
      "public",
      {
        attemptId?: Id<"publishAttempts">;
        kind?: "skill" | "package";
        preferRetry?: boolean;
        slug?: string;
        token: string;
        version?: string;
      },
      any
    >;
    completePrePublicationChecks: FunctionReference<
      "action",
      "public",
      {
        artifactFingerprint: string;
        attemptId: Id<"publishAttempts">;
        claimId: string;
        clawscan: {
          redactedFindings?: Array<string>;
          status: "clean" | "blocked" | "failed";
          summary?: string;
        };
        clawscanAnalysis?: {
          checkedAt: number;
          confidence?: string;
          dimensions?: Array<{
            detail: string;
            label: string;
            name: string;
            rating: string;
          }>;
          findings?: string;
          guidance?: string;
          model?: string;
          status: string;
          summary?: string;
          verdict?: string;
        };
        token: string;
        trufflehog: {
          redactedFindings?: Array<string>;
          status: "clean" | "blocked" | "failed";
          summary?: string;
        };
      },
      any
    >;
  };
  publisherAbuse: {
    banPublisherAbuseOwner: FunctionReference<
      "mutation",
      "public",
      {
        expectedLatestScoreId: Id<"publisherAbuseScores">;
        expectedUpdatedAt: number;
        nominationId: Id<"publisherAbuseReviewNominations">;
        reason?: string;
      },
      any
    >;
    dismissPublisherAbuseSignal: FunctionReference<
      "mutation",
      "public",
      { note?: string; signalId: Id<"publisherAbuseSignals"> },
      any
    >;
    getPublisherAbuseAutobanSetting: FunctionReference<
      "query",
      "public",
      {},
      any
    >;
    getReviewNominationDetail: FunctionReference<
      "query",
      "public",
      { nominationId: Id<"publisherAbuseReviewNominations"> },
      any
    >;
    getSignalActivityTrend: FunctionReference<
      "query",
      "public",
      { endDay: number; signalId: Id<"publisherAbuseSignals"> },
      any
    >;
    listReviewDashboard: FunctionReference<
      "query",
      "public",
      { limit?: number },
      any
    >;
    listReviewItemsPage: FunctionReference<
      "query",
      "public",
      {
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        tab: "potential_ban_candidate" | "review" | "all_pending" | "resolved";
      },
      any
    >;
    listSignalsPage: FunctionReference<
      "query",
      "public",
      {
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        reviewStatus?: "open" | "snoozed" | "dismissed";
        signalType?:
          "high_install_download_ratio" | "sustained_downloads_flat_installs";
      },
      any
    >;
    markPublisherAbuseNominationReviewed: FunctionReference<
      "mutation",
      "public",
      {
        expectedLatestScoreId: Id<"publisherAbuseScores">;
        expectedUpdatedAt: number;
        nominationId: Id<"publisherAbuseReviewNominations">;
        note?: string;
      },
      any
    >;
    reopenPublisherAbuseSignal: FunctionReference<
      "mutation",
      "public",
      { note?: string; signalId: Id<"publisherAbuseSignals"> },
      any
    >;
    reviewPublisherAbuseSignalsBatch: FunctionReference<
      "mutation",
      "public",
      {
        days?: number;
        note?: string;
        signalIds: Array<Id<"publisherAbuseSignals">>;
        status: "snoozed" | "dismissed";
      },
      any
    >;
    setPublisherAbuseAutobanEnabled: FunctionReference<
      "mutation",
      "public",
      { enabled: boolean },
      any
    >;
    snoozePublisherAbuseSignal: FunctionReference<
      "mutation",
      "public",
      { days?: number; note?: string; signalId: Id<"publisherAbuseSignals"> },
      any
    >;
    startPublisherAbuseScoreRun: FunctionReference<"action", "public", {}, any>;
  };
  publisherAbuseTemporalScan: {
    startPublisherAbuseSignalScan: FunctionReference<
      "action",
      "public",
      {},
      any
    >;
  };
  publishers: {
    acceptMemberInvite: FunctionReference<
      "mutation",
      "public",
      { inviteId: Id<"publisherInvites"> },
      any
    >;
    addMember: FunctionReference<
      "mutation",
      "public",
      {
        publisherId: Id<"publishers">;
        role: "owner" | "admin" | "publisher";
        userHandle: string;
      },
      any
    >;
    createImageUpload: FunctionReference<
      "mutation",
      "public",
      { publisherId: Id<"publishers"> },
      any
    >;
    createMemberInvite: FunctionReference<
      "mutation",
      "public",
      {
        publisherId: Id<"publishers">;
        role: "owner" | "admin" | "publisher";
        userHandle: string;
      },
      any
    >;
    createOrg: FunctionReference<
      "mutation",
      "public",
      { bio?: string; displayName: string; handle: string },
      any
    >;
    declineMemberInvite: FunctionReference<
      "mutation",
      "public",
      { inviteId: Id<"publisherInvites"> },
      any
    >;
    deleteOrg: FunctionReference<
      "mutation",
      "public",
      { publisherId: Id<"publishers"> },
      any
    >;
    getByHandle: FunctionReference<"query", "public", { handle: string }, any>;
    getDeletionInventory: FunctionReference<
      "query",
      "public",
      { publisherId?: Id<"publishers"> },
      any
    >;
    getHomeOfficialCreatorSummaries: FunctionReference<
      "action",
      "public",
      { limit?: number },
      any
    >;
    getHomePublisherSummaries: FunctionReference<
      "query",
      "public",
      { handles: Array<string> },
      any
    >;
    getMyProfileHandle: FunctionReference<"query", "public", {}, any>;
    getOgMetaByHandle: FunctionReference<
      "query",
      "public",
      { handle: string },
      any
    >;
    getProfileByHandle: FunctionReference<
      "query",
      "public",
      { handle: string },
      any
    >;
    getPublishedDisplayManifest: FunctionReference<
      "query",
      "public",
      {
        handle: string;
        kind?: "skill" | "plugin";
        sort?: "installs" | "recent" | "downloads";
      },
      any
    >;
    listInvitesForPublisher: FunctionReference<
      "query",
      "public",
      { publisherId: Id<"publishers"> },
      any
    >;
    listMembers: FunctionReference<
      "query",
      "public",
      { publisherHandle: string },
      any
    >;
    listMine: FunctionReference<
      "query",
      "public",
      { includePublishedItems?: boolean },
      any
    >;
    listMyInvites: FunctionReference<"query", "public", {}, any>;
    listPublic: FunctionReference<
      "query",
      "public",
      { kind?: "user" | "org"; limit?: number },
      any
    >;
    listPublicPage: FunctionReference<
      "query",
      "public",
      {
        kind?: "user" | "org";
        official?: boolean;
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        query?: string;
      },
      any
    >;
    listPublishedPage: FunctionReference<
      "query",
      "public",
      {
        handle: string;
        kind?: "skill" | "plugin";
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        sort?: "installs" | "recent" | "downloads";
      },
      any
    >;
    listStarredPage: FunctionReference<
      "query",
      "public",
      {
        handle: string;
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        sort?: "installs" | "recent" | "downloads";
      },
      any
    >;
    migrateLegacyPublisherHandleToOrg: FunctionReference<
      "mutation",
      "public",
      { displayName?: string; fallbackUserHandle?: string; handle: string },
      any
    >;
    removeMember: FunctionReference<
      "mutation",
      "public",
      { publisherId: Id<"publishers">; userId: Id<"users"> },
      any
    >;
    revokeMemberInvite: FunctionReference<
      "mutation",
      "public",
      { inviteId: Id<"publisherInvites"> },
      any
    >;
    updateProfile: FunctionReference<
      "mutation",
      "public",
      {
        bio?: string;
        displayName: string;
        githubOrgId?: string | null;
        image?: string;
        imageStorageId?: Id<"_storage">;
        imageUploadTicket?: Id<"publisherImageUploadTickets">;
        publisherId: Id<"publishers">;
      },
      any
    >;
  };
  rolloutCapabilities: {
    getPublicCapabilities: FunctionReference<"query", "public", {}, any>;
  };
  search: {
    searchNativeSkills: FunctionReference<
      "action",
      "public",
      {
        categorySlug?: string;
        createdAfter?: number;
        excludePendingScan?: boolean;
        highlightedOnly?: boolean;
        limit?: number;
        mode?: "exact";
        nonSuspiciousOnly?: boolean;
        officialOnly?: boolean;
        query: string;
        topic?: string;
      },
      any
    >;
    searchSkills: FunctionReference<
      "action",
      "public",
      {
        categorySlug?: string;
        excludePendingScan?: boolean;
        highlightedOnly?: boolean;
        limit?: number;
        mode?: "exact";
        nonSuspiciousOnly?: boolean;
        query: string;
        topic?: string;
      },
      any
    >;
  };
  securityDatasetNode: {
    getDatasetLineage: FunctionReference<
      "action",
      "public",
      { mode?: "public"; token: string },
      any
    >;
    listArtifactExportBatchCompressed: FunctionReference<
      "action",
      "public",
      {
        createdAtGte?: number;
        createdAtLt?: number;
        mode?: "public";
        pageCount: number;
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        sourceKind: "skill" | "package";
        token: string;
      },
      any
    >;
  };
  securityScan: {
    claimCodexScanJobLeases: FunctionReference<
      "action",
      "public",
      {
        lane?: "priority" | "shared" | "catalog";
        leaseMs?: number;
        limit?: number;
        targetedJobIds?: Array<Id<"securityScanJobs">>;
        token: string;
        workerId: string;
      },
      any
    >;
    claimCodexScanJobs: FunctionReference<
      "action",
      "public",
      { leaseMs?: number; limit?: number; token: string; workerId: string },
      any
    >;
    completeCodexScanJob: FunctionReference<
      "action",
      "public",
      {
        jobId: Id<"securityScanJobs">;
        leaseToken: string;
        llmAnalysis: {
          agenticRiskFindings?: Array<{
            categoryId: string;
            categoryLabel: string;
            confidence: "high" | "medium" | "low";
            evidence?: { explanation: string; path: string; snippet: string };
            recommendation: string;
            riskBucket:
              | "abnormal_behavior_control"
              | "permission_boundary"
              | "sensitive_data_protection";
            severity: string;
            status: "none" | "note" | "concern";
            userImpact: string;
          }>;
          checkedAt: number;
          confidence?: string;
          dimensions?: Array<{
            detail: string;
            label: string;
            name: string;
            rating: string;
          }>;
          findings?: string;
          guidance?: string;
          model?: string;
          riskSummary?: {
            abnormal_behavior_control: {
              highestSeverity?: string;
              status: "none" | "note" | "concern";
              summary: string;
            };
            permission_boundary: {
              highestSeverity?: string;
              status: "none" | "note" | "concern";
              summary: string;
            };
            sensitive_data_protection: {
              highestSeverity?: string;
              status: "none" | "note" | "concern";
              summary: string;
            };
          };
          status: string;
          summary?: string;
          verdict?: string;
        };
        runId?: string;
        skillSpectorAnalysis?: {
          checkedAt: number;
          error?: string;
          issueCount: number;
          issues: Array<{
            category?: string;
            codeSnippet?: string;
            confidence?: number;
            endLine?: number;
            explanation: string;
            file?: string;
            finding?: string;
            issueId: string;
            pattern?: string;
            remediation?: string;
            severity: string;
            startLine?: number;
          }>;
          recommendation?: string;
          scannerVersion?: string;
          score?: number;
          severity?: string;
          status: string;
          summary?: string;
        };
        token: string;
      },
      any
    >;
    failCodexScanJob: FunctionReference<
      "action",
      "public",
      {
        error: string;
        jobId: Id<"securityScanJobs">;
        leaseToken: string;
        token: string;
      },
      any
    >;
    getCodexScanQueueHealth: FunctionReference<
      "action",
      "public",
      { token: string },
      any
    >;
    hydrateCodexScanJob: FunctionReference<
      "action",
      "public",
      {
        jobId: Id<"securityScanJobs">;
        leaseToken: string;
        token: string;
        workerId: string;
      },
      any
    >;
    requestPackageRescan: FunctionReference<
      "mutation",
      "public",
      { packageId: Id<"packages">; version?: string },
      any
    >;
    requestSkillRescan: FunctionReference<
      "mutation",
      "public",
      { skillId: Id<"skills">; version?: string },
      any
    >;
    requeueCodexScanJobLease: FunctionReference<
      "action",
      "public",
      {
        jobId: Id<"securityScanJobs">;
        leaseToken: string;
        token: string;
        workerId: string;
      },
      any
    >;
  };
  skillCards: {
    claimSkillCardJobs: FunctionReference<
      "action",
      "public",
      { leaseMs?: number; limit?: number; token: string; workerId: string },
      any
    >;
    completeSkillCardJob: FunctionReference<
      "action",
      "public",
      {
        jobId: Id<"skillCardGenerationJobs">;
        leaseToken: string;
        markdown: string;
        runId?: string;
        token: string;
      },
      any
    >;
    failSkillCardJob: FunctionReference<
      "action",
      "public",
      {
        error: string;
        jobId: Id<"skillCardGenerationJobs">;
        leaseToken: string;
        token: string;
      },
      any
    >;
  };
  skills: {
    backfillSkillStaticScans: FunctionReference<
      "action",
      "public",
      { batchSize?: number },
      any
    >;
    changeOwner: FunctionReference<
      "mutation",
      "public",
      { ownerUserId: Id<"users">; skillId: Id<"skills"> },
      any
    >;
    checkSlugAvailability: FunctionReference<
      "query",
      "public",
      { ownerHandle?: string; slug: string },
      any
    >;
    clearSkillManualOverride: FunctionReference<
      "mutation",
      "public",
      { note: string; skillId: Id<"skills"> },
      any
    >;
    countPublicSkills: FunctionReference<"query", "public", {}, any>;
    deleteOwnedVersion: FunctionReference<
      "mutation",
      "public",
      { versionId: Id<"skillVersions"> },
      any
    >;
    deleteTags: FunctionReference<
      "mutation",
      "public",
      { skillId: Id<"skills">; tags: Array<string> },
      any
    >;
    generateChangelogPreview: FunctionReference<
      "action",
      "public",
      {
        filePaths?: Array<string>;
        readmeText: string;
        slug: string;
        version: string;
      },
      any
    >;
    getActivityTrendForSlug: FunctionReference<
      "query",
      "public",
      { endDay: number; ownerHandle?: string; slug: string },
      any
    >;
    getBySlug: FunctionReference<
      "query",
      "public",
      { ownerHandle?: string; slug: string },
      any
    >;
    getBySlugForStaff: FunctionReference<
      "query",
      "public",
      { auditLogLimit?: number; ownerHandle?: string; slug: string },
      any
    >;
    getFilePreview: FunctionReference<
      "action",
      "public",
      { path: string; versionId: Id<"skillVersions"> },
      any
    >;
    getFileText: FunctionReference<
      "action",
      "public",
      { path: string; versionId: Id<"skillVersions"> },
      any
    >;
    getGitHubScanForAudit: FunctionReference<
      "query",
      "public",
      { slug: string },
      any
    >;
    getGitHubSkillContent: FunctionReference<
      "query",
      "public",
      { kind: "readme" | "skill-card"; skillId: Id<"skills"> },
      any
    >;
    getReadme: FunctionReference<
      "action",
      "public",
      { versionId: Id<"skillVersions"> },
      any
    >;
    getSecurityReviewForManager: FunctionReference<
      "query",
      "public",
      { ownerHandle?: string; slug: string },
      any
    >;
    getSkillCard: FunctionReference<
      "action",
      "public",
      { versionId: Id<"skillVersions"> },
      any
    >;
    getVersionById: FunctionReference<
      "query",
      "public",
      { versionId: Id<"skillVersions"> },
      any
    >;
    getVersionBySkillAndVersion: FunctionReference<
      "query",
      "public",
      { skillId: Id<"skills">; version: string },
      any
    >;
    hardDelete: FunctionReference<
      "mutation",
      "public",
      { skillId: Id<"skills"> },
      any
    >;
    list: FunctionReference<
      "query",
      "public",
      {
        batch?: string;
        limit?: number;
        ownerPublisherId?: Id<"publishers">;
        ownerUserId?: Id<"users">;
      },
      any
    >;
    listAuditPage: FunctionReference<
      "query",
      "public",
      {
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
      },
      any
    >;
    listDashboardPaginated: FunctionReference<
      "query",
      "public",
      {
        ownerPublisherId?: Id<"publishers">;
        ownerUserId?: Id<"users">;
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
      },
      any
    >;
    listDuplicateCandidates: FunctionReference<
      "query",
      "public",
      { limit?: number },
      any
    >;
    listForManagement: FunctionReference<
      "query",
      "public",
      { includeDeleted?: boolean; limit?: number },
      any
    >;
    listHighlightedPublic: FunctionReference<
      "query",
      "public",
      { limit?: number },
      any
    >;
    listPackageCatalogPage: FunctionReference<
      "query",
      "public",
      {
        channel?: "official" | "community" | "private";
        highlightedOnly?: boolean;
        isOfficial?: boolean;
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        sort?: "updated" | "downloads" | "installs" | "recommended";
        topic?: string;
      },
      any
    >;
    listPublicApiPageV1: FunctionReference<
      "query",
      "public",
      {
        cursor?: string;
        dir?: "asc" | "desc";
        nonSuspiciousOnly?: boolean;
        numItems?: number;
        prefix?: string;
        sort?:
          | "default"
          | "recommended"
          | "newest"
          | "updated"
          | "downloads"
          | "installs"
          | "stars"
          | "name";
      },
      any
    >;
    listPublicPage: FunctionReference<
      "query",
      "public",
      {
        cursor?: string;
        limit?: number;
        nonSuspiciousOnly?: boolean;
        sort?:
          | "updated"
          | "downloads"
          | "stars"
          | "installsCurrent"
          | "installsAllTime"
          | "trending";
      },
      any
    >;
    listPublicPageV2: FunctionReference<
      "query",
      "public",
      {
        dir?: "asc" | "desc";
        highlightedOnly?: boolean;
        nonSuspiciousOnly?: boolean;
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        sort?:
          | "default"
          | "recommended"
          | "newest"
          | "updated"
          | "downloads"
          | "installs"
          | "stars"
          | "name";
      },
      any
    >;
    listPublicPageV3: FunctionReference<
      "query",
      "public",
      {
        dir?: "asc" | "desc";
        highlightedOnly?: boolean;
        nonSuspiciousOnly?: boolean;
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        sort?:
          "newest" | "updated" | "downloads" | "installs" | "stars" | "name";
      },
      any
    >;
    listPublicPageV4: FunctionReference<
      "query",
      "public",
      {
        categoryKeywords?: Array<string>;
        categorySlug?: string;
        createdAfter?: number;
        cursor?: string;
        dir?: "asc" | "desc";
        excludeCategoryKeywords?: Array<string>;
        highlightedOnly?: boolean;
        nonSuspiciousOnly?: boolean;
        numItems?: number;
        officialFirst?: boolean;
        officialOnly?: boolean;
        sort?:
          | "default"
          | "recommended"
          | "newest"
          | "updated"
          | "downloads"
          | "installs"
          | "stars"
          | "name";
        topic?: string;
      },
      any
    >;
    listPublicTrendingPage: FunctionReference<
      "query",
      "public",
      {
        categorySlug?: string;
        limit?: number;
        nonSuspiciousOnly?: boolean;
        topic?: string;
      },
      any
    >;
    listRecentVersions: FunctionReference<
      "query",
      "public",
      { limit?: number },
      any
    >;
    listRelatedByCategory: FunctionReference<
      "query",
      "public",
      {
        categorySlug?: string;
        keywords: Array<string>;
        limit?: number;
        skillId: Id<"skills">;
      },
      any
    >;
    listReportedSkills: FunctionReference<
      "query",
      "public",
      { limit?: number },
      any
    >;
    listVersions: FunctionReference<
      "query",
      "public",
      { limit?: number; skillId: Id<"skills"> },
      any
    >;
    listVersionsPage: FunctionReference<
      "query",
      "public",
      { cursor?: string; limit?: number; skillId: Id<"skills"> },
      any
    >;
    listWithdrawnVersionsForManager: FunctionReference<
      "query",
      "public",
      {
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        skillId: Id<"skills">;
      },
      any
    >;
    listWithLatest: FunctionReference<
      "query",
      "public",
      { batch?: string; limit?: number; ownerUserId?: Id<"users"> },
      any
    >;
    mergeOwnedSkillIntoCanonical: FunctionReference<
      "mutation",
      "public",
      {
        sourceOwnerHandle?: string;
        sourceSlug: string;
        targetOwnerHandle?: string;
        targetSlug: string;
      },
      any
    >;
    publishVersion: FunctionReference<
      "action",
      "public",
      {
        acceptLicenseTerms?: boolean;
        categories?: Array<string>;
        changelog: string;
        displayName: string;
        files: Array<{
          contentType?: string;
          path: string;
          sha256: string;
          size: number;
          storageId: Id<"_storage">;
        }>;
        forkOf?: { ownerHandle?: string; slug: string; version?: string };
        icon?: string;
        migrateOwner?: boolean;
        ownerHandle?: string;
        slug: string;
        sourceOwnerHandle?: string;
        summary?: string;
        tags?: Array<string>;
        topics?: Array<string>;
        version: string;
      },
      any
    >;
    reclaimSlug: FunctionReference<
      "mutation",
      "public",
      { reason?: string; rightfulOwnerUserId: Id<"users">; slug: string },
      any
    >;
    renameOwnedSkill: FunctionReference<
      "mutation",
      "public",
      { newSlug: string; ownerHandle?: string; slug: string },
      any
    >;
    report: FunctionReference<
      "mutation",
      "public",
      { reason: string; skillId: Id<"skills"> },
      any
    >;
    resolveVersionByHash: FunctionReference<
      "query",
      "public",
      { hash: string; ownerHandle?: string; slug: string },
      any
    >;
    restoreOwnedVersion: FunctionReference<
      "mutation",
      "public",
      { versionId: Id<"skillVersions"> },
      any
    >;
    searchPackageCatalogPublic: FunctionReference<
      "query",
      "public",
      {
        channel?: "official" | "community" | "private";
        highlightedOnly?: boolean;
        isOfficial?: boolean;
        limit?: number;
        query: string;
        topic?: string;
      },
      any
    >;
    setBatch: FunctionReference<
      "mutation",
      "public",
      { batch?: string; skillId: Id<"skills"> },
      any
    >;
    setCatalogMetadata: FunctionReference<
      "mutation",
      "public",
      {
        categories?: Array<string>;
        skillId: Id<"skills">;
        topics: Array<string>;
      },
      any
    >;
    setDeprecatedBadge: FunctionReference<
      "mutation",
      "public",
      { deprecated: boolean; skillId: Id<"skills"> },
      any
    >;
    setDuplicate: FunctionReference<
      "mutation",
      "public",
      {
        canonicalSkillId?: Id<"skills">;
        canonicalSlug?: string;
        skillId: Id<"skills">;
      },
      any
    >;
    setOfficialBadge: FunctionReference<
      "mutation",
      "public",
      { official: boolean; skillId: Id<"skills"> },
      any
    >;
    setOwnedSkillSoftDeleted: FunctionReference<
      "mutation",
      "public",
      { skillId: Id<"skills"> },
      any
    >;
    setRedactionApproved: FunctionReference<
      "mutation",
      "public",
      { approved: boolean; skillId: Id<"skills"> },
      any
    >;
    setSkillManualOverride: FunctionReference<
      "mutation",
      "public",
      { note: string; skillId: Id<"skills"> },
      any
    >;
    setSoftDeleted: FunctionReference<
      "mutation",
      "public",
      { deleted: boolean; reason?: string; skillId: Id<"skills"> },
      any
    >;
    updateSummary: FunctionReference<
      "mutation",
      "public",
      { skillId: Id<"skills">; summary: string },
      any
    >;
    updateTags: FunctionReference<
      "mutation",
      "public",
      {
        skillId: Id<"skills">;
        tags: Array<{ tag: string; versionId: Id<"skillVersions"> }>;
      },
      any
    >;
  };
  skillsShCatalog: {
    getPublicEntry: FunctionReference<
      "query",
      "public",
      { owner: string; repo: string; slug: string },
      any
    >;
  };
  skillsShMirrorPublic: {
    getByRoute: FunctionReference<
      "query",
      "public",
      { owner: string; repo: string; slug: string },
      any
    >;
  };
  stars: {
    isStarred: FunctionReference<
      "query",
      "public",
      { skillId: Id<"skills"> },
      any
    >;
    listByUser: FunctionReference<
      "query",
      "public",
      { limit?: number; userId: Id<"users"> },
      any
    >;
    toggle: FunctionReference<
      "mutation",
      "public",
      { skillId: Id<"skills"> },
      any
    >;
  };
  telemetry: {
    clearMyTelemetry: FunctionReference<"mutation", "public", {}, any>;
  };
  tokens: {
    create: FunctionReference<"mutation", "public", { label: string }, any>;
    listMine: FunctionReference<"query", "public", {}, any>;
    revoke: FunctionReference<
      "mutation",
      "public",
      { tokenId: Id<"apiTokens"> },
      any
    >;
  };
  uploads: {
    generateUploadUrl: FunctionReference<"mutation", "public", {}, any>;
  };
  users: {
    banUser: FunctionReference<
      "mutation",
      "public",
      { reason?: string; userId: Id<"users"> },
      any
    >;
    deleteAccount: FunctionReference<"mutation", "public", {}, any>;
    ensure: FunctionReference<"mutation", "public", {}, any>;
    ensurePublisherHandle: FunctionReference<
      "mutation",
      "public",
      { displayName?: string; handle: string; trusted?: boolean },
      any
    >;
    getByHandle: FunctionReference<"query", "public", { handle: string }, any>;
    getById: FunctionReference<"query", "public", { userId: Id<"users"> }, any>;
    getHoverStats: FunctionReference<
      "query",
      "public",
      { userId: Id<"users"> },
      any
    >;
    liftModerationHold: FunctionReference<
      "mutation",
      "public",
      { reason?: string; userId: Id<"users"> },
      any
    >;
    list: FunctionReference<
      "query",
      "public",
      { limit?: number; search?: string },
      any
    >;
    listPublic: FunctionReference<"query", "public", { limit?: number }, any>;
    me: FunctionReference<"query", "public", {}, any>;
    setRole: FunctionReference<
      "mutation",
      "public",
      { role: "admin" | "moderator" | "user"; userId: Id<"users"> },
      any
    >;
    setTrustedPublisher: FunctionReference<
      "mutation",
      "public",
      { trusted: boolean; userId: Id<"users"> },
      any
    >;
    unbanUser: FunctionReference<
      "mutation",
      "public",
      { reason?: string; userId: Id<"users"> },
      any
    >;
    updateProfile: FunctionReference<
      "mutation",
      "public",
      { bio?: string; displayName: string },
      any
    >;
  };
};

/**
 * A utility for referencing Convex functions in your app's internal API.
 *
 * Usage:
 * ```js
 * const myFunctionReference = internal.myModule.myFunction;
 * ```
 */
export declare const internal: {
  auth: {
    store: FunctionReference<
      "mutation",
      "internal",
      {
        args:
          | {
              generateTokens: boolean;
              sessionId?: Id<"authSessions">;
              type: "signIn";
              userId: Id<"users">;
            }
          | { type: "signOut" }
          | { refreshToken: string; type: "refreshSession" }
          | {
              allowExtraProviders: boolean;
              generateTokens: boolean;
              params: any;
              provider?: string;
              type: "verifyCodeAndSignIn";
              verifier?: string;
            }
          | { type: "verifier" }
          | { signature: string; type: "verifierSignature"; verifier: string }
          | {
              profile: any;
              provider: string;
              providerAccountId: string;
              signature: string;
              type: "userOAuth";
            }
          | {
              accountId?: Id<"authAccounts">;
              allowExtraProviders: boolean;
              code: string;
              email?: string;
              expirationTime: number;
              phone?: string;
              provider: string;
              type: "createVerificationCode";
            }
          | {
              account: { id: string; secret?: string };
              profile: any;
              provider: string;
              shouldLinkViaEmail?: boolean;
              shouldLinkViaPhone?: boolean;
              type: "createAccountFromCredentials";
            }
          | {
              account: { id: string; secret?: string };
              provider: string;
              type: "retrieveAccountWithCredentials";
            }
          | {
              account: { id: string; secret: string };
              provider: string;
              type: "modifyAccount";
            }
          | {
              except?: Array<Id<"authSessions">>;
              type: "invalidateSessions";
              userId: Id<"users">;
            };
      },
      any
    >;
  };
  canonicalTrending: {
    failNativePoolInternal: FunctionReference<
      "mutation",
      "internal",
      { completedAt: number; error: string; poolId: string },
      any
    >;
    failSnapshotInternal: FunctionReference<
      "mutation",
      "internal",
      { completedAt: number; error: string; snapshotId: string },
      any
    >;
    finalizeNativePoolInternal: FunctionReference<
      "mutation",
      "internal",
      {
        completedAt: number;
        operations: {
          documentsRead: number;
          documentsWritten: number;
          functionCalls: number;
        };
        poolId: string;
        sourceCounts: { clawhubRising: number; clawhubTrending: number };
      },
      any
    >;
    finalizeSnapshotInternal: FunctionReference<
      "mutation",
      "internal",
      {
        activationLockToken?: string;
        completedAt: number;
        nativePoolId?: string;
        operations: {
          documentsRead: number;
          documentsWritten: number;
          functionCalls: number;
        };
        snapshotId: string;
        sourceCounts: {
          clawhubRising: number;
          clawhubTrending: number;
          skillsShTrending: number;
        };
        totalItems: number;
      },
      any
    >;
    getExternalSourcePageInternal: FunctionReference<
      "query",
      "internal",
      {
        activationLockToken?: string;
        allowHiddenProof?: boolean;
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
      },
      any
    >;
    getHourlySourcePageInternal: FunctionReference<
      "query",
      "internal",
      {
        endHour: number;
        maxGeneration: number;
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        startHour: number;
      },
      any
    >;
    getLatestCompletedTrendingRunInternal: FunctionReference<
      "query",
      "internal",
      {},
      any
    >;
    getMaterializationModeInternal: FunctionReference<
      "query",
      "internal",
      { activationLockToken?: string; skillsShMode?: "native-only" },
      any
    >;
    getNativePoolPageInternal: FunctionReference<
      "query",
      "internal",
      {
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        poolId: string;
      },
      any
    >;
    getNativeSourceBatchInternal: FunctionReference<
      "query",
      "internal",
      { skillIds: Array<Id<"skills">> },
      any
    >;
    getPageInternal: FunctionReference<
      "query",
      "internal",
      { cursor: string | null; limit: number },
      any
    >;
    getReadyNativePoolInternal: FunctionReference<
      "query",
      "internal",
      { now: number },
      any
    >;
    getReadyNativeSnapshotInternal: FunctionReference<
      "query",
      "internal",
      { now: number },
      any
    >;
    materializeInternal: FunctionReference<
      "action",
      "internal",
      {
        activationLockToken?: string;
        proofSnapshotId?: string;
        skillsShMode?: "native-only";
      },
      any
    >;
    pruneExpiredActionInternal: FunctionReference<
      "action",
      "internal",
      {},
      any
    >;
    pruneExpiredInternal: FunctionReference<
      "mutation",
      "internal",
      { batchSize: number; now: number },
      any
    >;
    startNativePoolInternal: FunctionReference<
      "mutation",
      "internal",
      {
        expiresAt: number;
        generatedAt: number;
        poolId: string;
        sealedGeneration: number;
        windowEndHour: number;
        windowStartHour: number;
      },
      any
    >;
    startSnapshotInternal: FunctionReference<
      "mutation",
      "internal",
      {
        expiresAt: number;
        generatedAt: number;
        snapshotId: string;
        windowEndDay: number;
        windowEndHour?: number;
        windowStartDay: number;
        windowStartHour?: number;
      },
      any
    >;
    writeItemsInternal: FunctionReference<
      "mutation",
      "internal",
      {
        items: Array<{
          card: {
            canonicalUrl: string;
            displayName: string;
            featured: boolean;
            id: string;
            install: {
              kind: "clawhub" | "github" | "skills-sh";
              reference: string;
              sourceUrl: string | null;
            };
            links: { canonical: string; source: string | null };
            metrics: {
              lifetimeInstalls: number | null;
              lifetimeInstallsPeriod: "lifetime";
              trending24hBookmarks: number | null;
              trending24hDownloads?: number | null;
              trending24hInstalls: number | null;
              updatedAt: number;
            };
            official: boolean;
            publisher: {
              displayName: string | null;
              handle: string | null;
              image: string | null;
              kind: "user" | "org";
              official: boolean;
            } | null;
            slug: string;
            source: "clawhub" | "skills-sh";
            sourceIdentity: {
              host: string | null;
              id: string;
              lifetimeInstalls: number | null;
              owner: string | null;
              repo: string | null;
            };
            summary: string | null;
            trust: {
              clawHubVerdict: string | null;
              installability: "installable";
              sourceFreshness: "native" | "observed-only";
              upstreamScanners: {
                genAgentTrustHub: {
                  sourceCheckedAt?: string;
                  sourceUrl?: string;
                  status: string;
                };
                snyk: {
                  sourceCheckedAt?: string;
                  sourceUrl?: string;
                  status: string;
                };
                socket: {
                  sourceCheckedAt?: string;
                  sourceUrl?: string;
                  status: string;
                };
              } | null;
              visibility: "public";
            };
          };
          lane: "clawhub-trending" | "clawhub-rising" | "skills-sh-trending";
          position: number;
          sourceRef:
            | { kind: "clawhub"; skillId: Id<"skills"> }
            | { externalId: string; kind: "skills-sh" };
        }>;
        snapshotId: string;
      },
      any
    >;
    writeNativePoolItemsInternal: FunctionReference<
      "mutation",
      "internal",
      {
        items: Array<{
          bookmarks24h: number;
          card: {
            canonicalUrl: string;
            displayName: string;
            featured: boolean;
            id: string;
            install: {
              kind: "clawhub" | "github" | "skills-sh";
              reference: string;
              sourceUrl: string | null;
            };
            links: { canonical: string; source: string | null };
            metrics: {
              lifetimeInstalls: number | null;
              lifetimeInstallsPeriod: "lifetime";
              trending24hBookmarks: number | null;
              trending24hDownloads?: number | null;
              trending24hInstalls: number | null;
              updatedAt: number;
            };
            official: boolean;
            publisher: {
              displayName: string | null;
              handle: string | null;
              image: string | null;
              kind: "user" | "org";
              official: boolean;
            } | null;
            slug: string;
            source: "clawhub" | "skills-sh";
            sourceIdentity: {
              host: string | null;
              id: string;
              lifetimeInstalls: number | null;
              owner: string | null;
              repo: string | null;
            };
            summary: string | null;
            trust: {
              clawHubVerdict: string | null;
              installability: "installable";
              sourceFreshness: "native" | "observed-only";
              upstreamScanners: {
                genAgentTrustHub: {
                  sourceCheckedAt?: string;
                  sourceUrl?: string;
                  status: string;
                };
                snyk: {
                  sourceCheckedAt?: string;
                  sourceUrl?: string;
                  status: string;
                };
                socket: {
                  sourceCheckedAt?: string;
                  sourceUrl?: string;
                  status: string;
                };
              } | null;
              visibility: "public";
            };
          };
          createdAt: number;
          downloads24h?: number;
          identity: string;
          installs24h: number;
          publisherKey: string;
          sourceRef:
            | { kind: "clawhub"; skillId: Id<"skills"> }
            | { externalId: string; kind: "skills-sh" };
          updatedAt: number;
          upstreamRank: number | null;
        }>;
        lane: "clawhub-trending" | "clawhub-rising";
        poolId: string;
      },
      any
    >;
  };
  canonicalTrendingTestFixtures: {
    cleanupCanonicalTrendingProof: FunctionReference<
      "action",
      "internal",
      {
        confirm: "manage-claw-590-canonical-trending-test-proof";
        snapshotId: string;
      },
      any
    >;
    cleanupCanonicalTrendingProofBatch: FunctionReference<
      "mutation",
      "internal",
      {
        confirm: "manage-claw-590-canonical-trending-test-proof";
        snapshotId: string;
      },
      any
    >;
    cleanupCanonicalTrendingSourceFixture: FunctionReference<
      "mutation",
      "internal",
      { confirm: "manage-claw-590-canonical-trending-test-proof" },
      any
    >;
    readCanonicalTrendingProof: FunctionReference<
      "query",
      "internal",
      {
        confirm: "manage-claw-590-canonical-trending-test-proof";
        snapshotId: string;
      },
      any
    >;
    readCanonicalTrendingSourceFixture: FunctionReference<
      "query",
      "internal",
      { confirm: "manage-claw-590-canonical-trending-test-proof" },
      any
    >;
    seedCanonicalTrendingSourceFixture: FunctionReference<
      "mutation",
      "internal",
      { confirm: "manage-claw-590-canonical-trending-test-proof" },
      any
    >;
  };
  catalogClassification: {
    getCatalogClassificationPageInternal: FunctionReference<
      "query",
      "internal",
      { batchSize?: number; cursor?: string; targetKind: "skill" | "plugin" },
      any
    >;
    upsertCatalogClassificationResultsInternal: FunctionReference<
      "mutation",
      "internal",
      {
        results: Array<{
          categories: Array<string>;
          categoryCandidateCount: number;
          categoryCandidates: Array<{
            category: string;
            evidence: Array<string>;
            primaryEvidence?: boolean;
            primaryEvidenceCount?: number;
            score: number;
            sources: Array<string>;
            strongEvidence?: boolean;
            strongPrimaryEvidence?: boolean;
          }>;
          categoryConfidence: "high" | "medium" | "low";
          categoryNeedsReview: boolean;
          classifierVersion: string;
          inputHash: string;
          packageId?: Id<"packages">;
          packageReleaseId?: Id<"packageReleases">;
          skillId?: Id<"skills">;
          skillVersionId?: Id<"skillVersions">;
          targetKind: "skill" | "plugin";
          topicCandidateCount: number;
          topicCandidates: Array<{
            confidence: "high" | "medium" | "low";
            evidence: Array<string>;
            primaryEvidence: boolean;
            primarySourceCount: number;
            score: number;
            slug: string;
            sources: Array<string>;
            strongEvidence: boolean;
            suppressedBy?: string;
            topic: string;
          }>;
          topicClassifierVersion: string;
          topicConfidence: "high" | "medium" | "low";
          topicInputHash: string;
          topicNeedsReview: boolean;
          topics: Array<string>;
          unknownSignals: Array<string>;
        }>;
      },
      { ok: true; upserted: number }
    >;
  };
  catalogClassificationNode: {
    classifyCatalogInternal: FunctionReference<
      "action",
      "internal",
      {
        batchSize?: number;
        continueOnIncomplete?: boolean;
        cursor?: string;
        maxBatches?: number;
        targetKind: "skill" | "plugin";
      },
      any
    >;
  };
  catalogFeed: {
    getLatestPublication: FunctionReference<
      "query",
      "internal",
      {
        feedId:
          | "clawhub-official"
          | "clawhub-official-skills"
          | "clawhub-official-claws"
          | "clawhub-promotions";
      },
      any
    >;
    listOfficialClawEntries: FunctionReference<"query", "internal", {}, any>;
    listOfficialEntries: FunctionReference<
      "query",
      "internal",
      { family: "code-plugin" | "bundle-plugin" },
      any
    >;
    listOfficialPublisherPage: FunctionReference<
      "query",
      "internal",
      { cursor: string | null },
      any
    >;
    listOfficialSkillEntries: FunctionReference<
      "query",
      "internal",
      { cursor: string | null; publisherId: Id<"publishers"> },
      any
    >;
    publish: FunctionReference<
      "action",
      "internal",
      { expiresAt: string },
      any
    >;
    storeClawPublication: FunctionReference<
      "mutation",
      "internal",
      {
        entries: Array<{
          clawManifestSummary: {
            agent: { description?: string; id: string; name?: string };
            cronJobCount: number;
            mcpServerCount: number;
            packages: { pluginCount: number; skillCount: number };
            schemaVersion: 1;
            workspace: { bootstrapFiles: Array<string>; fileCount: number };
          };
          description?: string;
          featured?: boolean;
          featuredAt?: number;
          icon?: string;
          id: string;
          install: {
            candidates: Array<{
              integrity: string;
              package: string;
              sourceRef: "public-clawhub";
              version: string;
            }>;
          };
          publisher: { id: string; trust: "official" | "community" };
          state:
            "available" | "recommended" | "disabled" | "blocked" | "deprecated";
          title: string;
          type: "claw";
          version: string;
        }>;
        expiresAt: string;
        generatedAt: string;
      },
      any
    >;
    storePublication: FunctionReference<
      "mutation",
      "internal",
      {
        description: string;
        entries: Array<
          | {
              description?: string;
              featured?: boolean;
              featuredAt?: number;
              icon?: string;
              id: string;
              install: {
                candidates: Array<{
                  github?: {
                    commit: string;
                    contentHash: string;
                    path: string;
                    repo: string;
                  };
                  integrity: string;
                  package: string;
                  sourceRef: string;
                  version: string;
                }>;
              };
              publisher: { id: string; trust: "official" | "community" };
              state:
                | "available"
                | "recommended"
                | "disabled"
                | "blocked"
                | "deprecated";
              title: string;
              type: "plugin";
              version: string;
            }
          | {
              description?: string;
              featured?: boolean;
              featuredAt?: number;
              icon?: string;
              id: string;
              install: {
                candidates: Array<{
                  github?: {
                    commit: string;
                    contentHash: string;
                    path: string;
                    repo: string;
                  };
                  integrity: string;
                  package: string;
                  sourceRef: string;
                  version: string;
                }>;
              };
              publisher: { id: string; trust: "official" | "community" };
              state:
                | "available"
                | "recommended"
                | "disabled"
                | "blocked"
                | "deprecated";
              title: string;
              type: "skill";
              version: string;
            }
        >;
        expiresAt: string;
        feedId: "clawhub-official" | "clawhub-official-skills";
        generatedAt: string;
      },
      any
    >;
  };
  cliDeviceAuth: {
    createInternal: FunctionReference<
      "mutation",
      "internal",
      { label?: string; scope?: string; siteUrl?: string },
      any
    >;
    pollInternal: FunctionReference<
      "mutation",
      "internal",
      { deviceCode: string },
      any
    >;
  };
  depRegistryScan: {
    checkDependencyRegistries: FunctionReference<
      "action",
      "internal",
      { versionId: Id<"skillVersions"> },
      any
    >;
  };
  devSeed: {
    backfillExistingPublicCorpusBatchRows: FunctionReference<
      "mutation",
      "internal",
      {
        rows: Array<
          | {
              createdAt?: number;
              displayName: string;
              dummyOwner: {
                displayName: string;
                handle: string;
                image: string;
              };
              kind: "skill";
              skillMd: string;
              slug: string;
              summary?: string;
              version: string;
            }
          | {
              categories?: Array<string>;
              channel?: "official" | "community" | "private";
              createdAt?: number;
              displayName: string;
              dummyOwner: {
                displayName: string;
                handle: string;
                image: string;
              };
              family?: "skill" | "code-plugin" | "bundle-plugin";
              kind: "plugin";
              name: string;
              readme: string;
              sourceRepoHost?: string | null;
              summary?: string;
              topics?: Array<string>;
              version: string;
            }
        >;
      },
      any
    >;
    clearVersionDeletionPublisherCountersForRegression: FunctionReference<
      "mutation",
      "internal",
      {
        expectedPublishedPackages: number;
        expectedPublishedSkills: number;
        packageId: Id<"packages">;
        publisherId: Id<"publishers">;
        skillId: Id<"skills">;
      },
      any
    >;
    deleteGitHubBackedSkillSourceSeedMutation: FunctionReference<
      "mutation",
      "internal",
      { repo?: string; sourceId?: Id<"githubSkillSources"> },
      any
    >;
    getAccountDeletionFixtureState: FunctionReference<
      "mutation",
      "internal",
      {
        packageId: Id<"packages">;
        publisherId: Id<"publishers">;
        skillId: Id<"skills">;
        userId: Id<"users">;
      },
      any
    >;
    getAccountRecreationState: FunctionReference<
      "mutation",
      "internal",
      {
        handle: string;
        previousPackageId: Id<"packages">;
        previousPublisherId: Id<"publishers">;
        previousSkillId: Id<"skills">;
        previousUserId: Id<"users">;
      },
      any
    >;
    getOrgDeletionFixtureState: FunctionReference<
      "mutation",
      "internal",
      {
        packageId: Id<"packages">;
        publisherId: Id<"publishers">;
        skillId: Id<"skills">;
      },
      any
    >;
    getPrePublicationSkillAttemptState: FunctionReference<
      "mutation",
      "internal",
      { attemptId: Id<"publishAttempts"> },
      any
    >;
    getVersionDeletionFixtureState: FunctionReference<
      "mutation",
      "internal",
      {
        latestPackageReleaseId: Id<"packageReleases">;
        latestSkillVersionId: Id<"skillVersions">;
        olderPackageReleaseId: Id<"packageReleases">;
        olderSkillVersionId: Id<"skillVersions">;
        packageId: Id<"packages">;
        skillId: Id<"skills">;
        userId: Id<"users">;
      },
      any
    >;
    seedAccountDeletionFixture: FunctionReference<
      "mutation",
      "internal",
      {
        packageDisplayName: string;
        packageName: string;
        skillDisplayName: string;
        skillSlug: string;
      },
      any
    >;
    seedAccountDeletionFixtureMutation: FunctionReference<
      "mutation",
      "internal",
      {
        packageDisplayName: string;
        packageName: string;
        skillDisplayName: string;
        skillSlug: string;
      },
      any
    >;
    seedAgenticRiskDemoSkill: FunctionReference<
      "action",
      "internal",
      { reset?: boolean },
      any
    >;
    seedAgenticRiskDemoSkillMutation: FunctionReference<
      "mutation",
      "internal",
      { reset?: boolean; skillMd: string; storageId: Id<"_storage"> },
      any
    >;
    seedCanonicalSearchFixture: FunctionReference<
      "mutation",
      "internal",
      {},
      any
    >;
    seedCatalogPresentationFixtures: FunctionReference<
      "mutation",
      "internal",
      {
        orgs: Array<{
          bio: string;
          displayName: string;
          featured: boolean;
          handle: string;
          image: string;
          packageName: string;
          skillSlug: string;
          sourceOwnerHandle: string;
        }>;
      },
      any
    >;
    seedCliRoleHelpFixtures: FunctionReference<"mutation", "internal", {}, any>;
    seedFeaturedPluginPackagesMutation: FunctionReference<
      "mutation",
      "internal",
      {
        ownerUserId?: Id<"users">;
        packages: Array<{
          displayName: string;
          isOfficial: boolean;
          name: string;
          readmeSize: number;
          runtimeId: string;
          sourceRepo: string;
          stats: {
            downloads: number;
            installs: number;
            stars: number;
            versions: number;
          };
          storageId: Id<"_storage">;
          summary: string;
          version: string;
        }>;
        reset?: boolean;
      },
      any
    >;
    seedGitHubBackedSkillSourceMutation: FunctionReference<
      "mutation",
      "internal",
      {
        defaultBranch?: string;
        displayManifest?: {
          groupings: Array<{
            description?: string;
            skills: Array<string>;
            title: string;
          }>;
          notGrouped?: "top" | "bottom";
        };
        displayManifestCommit?: string;
        displayManifestFetchedAt?: number;
        displayManifestHash?: string;
        displayManifestKind?: "skills.sh";
        displayManifestStatus?: "ok" | "missing" | "invalid" | "failed";
        ownerUserId?: Id<"users">;
        repo: string;
        reset?: boolean;
        skills: Array<{
          displayName: string;
          githubCurrentCheckedAt?: number;
          githubCurrentCommit: string;
          githubCurrentContentHash: string;
          githubCurrentStatus?: "present" | "missing" | "unknown";
          githubPath: string;
          githubRemovedAt?: number;
          githubScanStatus:
            "clean" | "suspicious" | "malicious" | "pending" | "failed";
          slug: string;
          summary?: string;
        }>;
      },
      any
    >;
    seedGitHubSourceInvalidSkillsPreviewMutation: FunctionReference<
      "mutation",
      "internal",
      { repo: string },
      any
    >;
    seedLocalFixtures: FunctionReference<
      "action",
      "internal",
      { reset?: boolean },
      any
    >;
    seedLocalModerationFixturesMutation: FunctionReference<
      "mutation",
      "internal",
      {
        excludeFromPublicCatalog?: boolean;
        flaggedPluginName?: string;
        flaggedPluginReadme: string;
        flaggedPluginStorageId: Id<"_storage">;
        flaggedSkillMd: string;
        flaggedSkillSlug?: string;
        flaggedSkillStorageId: Id<"_storage">;
        ownerUserId?: Id<"users">;
        reset?: boolean;
        scannedPluginName?: string;
        scannedPluginReadme: string;
        scannedPluginStorageId: Id<"_storage">;
        scannedSkillMd: string;
        scannedSkillSlug?: string;
        scannedSkillStorageId: Id<"_storage">;
        staleProofSkill?: {
          ownerHandle: string;
          slug: string;
          summary: string;
        };
      },
      any
    >;
    seedOrgDeletionFixture: FunctionReference<
      "mutation",
      "internal",
      {
        displayName: string;
        handle: string;
        packageDisplayName: string;
        packageName: string;
        skillDisplayName: string;
        skillSlug: string;
      },
      any
    >;
    seedOrgDeletionFixtureMutation: FunctionReference<
      "mutation",
      "internal",
      {
        displayName: string;
        handle: string;
        packageDisplayName: string;
        packageName: string;
        skillDisplayName: string;
        skillSlug: string;
      },
      any
    >;
    seedPadelSkill: FunctionReference<
      "action",
      "internal",
      { reset?: boolean },
      any
    >;
    seedPublicCorpusBatch: FunctionReference<
      "action",
      "internal",
      {
        reset?: boolean;
        resetOwnerHandles?: Array<string>;
        rows: Array<
          | {
              createdAt?: number;
              displayName: string;
              dummyOwner: {
                displayName: string;
                handle: string;
                image: string;
              };
              kind: "skill";
              skillMd: string;
              slug: string;
              summary?: string;
              version: string;
            }
          | {
              categories?: Array<string>;
              channel?: "official" | "community" | "private";
              createdAt?: number;
              displayName: string;
              dummyOwner: {
                displayName: string;
                handle: string;
                image: string;
              };
              family?: "skill" | "code-plugin" | "bundle-plugin";
              kind: "plugin";
              name: string;
              readme: string;
              sourceRepoHost?: string | null;
              summary?: string;
              topics?: Array<string>;
              version: string;
            }
        >;
      },
      any
    >;
    seedPublicCorpusBatchMutation: FunctionReference<
      "mutation",
      "internal",
      {
        reset?: boolean;
        resetOwnerHandles?: Array<string>;
        rows: Array<
          | {
              createdAt?: number;
              displayName: string;
              dummyOwner: {
                displayName: string;
                handle: string;
                image: string;
              };
              embedding: Array<number>;
              kind: "skill";
              skillMd: string;
              slug: string;
              storageId: Id<"_storage">;
              summary?: string;
              version: string;
            }
          | {
              categories?: Array<string>;
              channel?: "official" | "community" | "private";
              createdAt?: number;
              displayName: string;
              dummyOwner: {
                displayName: string;
                handle: string;
                image: string;
              };
              family?: "skill" | "code-plugin" | "bundle-plugin";
              kind: "plugin";
              name: string;
              readme: string;
              sourceRepoHost?: string | null;
              storageId: Id<"_storage">;
              summary?: string;
              topics?: Array<string>;
              version: string;
            }
        >;
      },
      any
    >;
    seedSkillMutation: FunctionReference<
      "mutation",
      "internal",
      {
        clawdis: any;
        displayName: string;
        frontmatter: any;
        metadata: any;
        ownerUserId?: Id<"users">;
        reset?: boolean;
        skillMd: string;
        slug: string;
        storageId: Id<"_storage">;
        summary?: string;
        version: string;
      },
      any
    >;
    seedTestFixtures: FunctionReference<"action", "internal", {}, any>;
    seedVersionDeletionFixture: FunctionReference<
      "action",
      "internal",
      {
        packageDisplayName: string;
        packageName: string;
        skillDisplayName: string;
        skillSlug: string;
      },
      any
    >;
    seedVersionDeletionFixtureMutation: FunctionReference<
      "mutation",
      "internal",
      {
        packageDisplayName: string;
        packageName: string;
        pluginReadme: string;
        pluginReadmeStorageId: Id<"_storage">;
        skillDisplayName: string;
        skillMd: string;
        skillSlug: string;
        skillStorageId: Id<"_storage">;
      },
      any
    >;
  };
  devSeedExtra: {
    applyRandomStats: FunctionReference<
      "mutation",
      "internal",
      {
        skillId: Id<"skills">;
        stats: {
          downloads: number;
          installsAllTime: number;
          installsCurrent: number;
          stars: number;
        };
      },
      any
    >;
    seedExtraSkillsInternal: FunctionReference<
      "action",
      "internal",
      { reset?: boolean },
      any
    >;
  };
  downloadMetrics: {
    pruneDownloadMetricDedupesInternal: FunctionReference<
      "mutation",
      "internal",
      {},
      any
    >;
    recordDownloadMetricInternal: FunctionReference<
      "mutation",
      "internal",
      {
        dayStart: number;
        identityHash: string;
        identityKind: "user" | "ip";
        occurredAt?: number;
        target:
          | { id: Id<"skills">; kind: "skill" }
          | { id: Id<"packages">; kind: "package" };
      },
      any
    >;
  };
  emailsNode: {
    sendBanNotificationInternal: FunctionReference<
      "action",
      "internal",
      {
        artifact?: { kind: "skill" | "plugin"; name: string };
        bannedAt: number;
        handle?: string;
        hiddenArtifacts?: number;
        reason?: string;
        source: "manual" | "autoban";
        to: string;
        trigger?: string;
        userId: Id<"users">;
      },
      any
    >;
    sendMaliciousArtifactNotificationInternal: FunctionReference<
      "action",
      "internal",
      {
        artifact: { kind: "skill" | "plugin"; name: string };
        findingAt: number;
        findingSummary?: string;
        handle?: string;
        to: string;
        trigger?: string;
        userId: Id<"users">;
        version?: string;
      },
      any
    >;
    sendPublisherAbuseWarningInternal: FunctionReference<
      "action",
      "internal",
      {
        graceMs: number;
        handle?: string;
        nominationId: Id<"publisherAbuseReviewNominations">;
        ownerKey: string;
        publisherHandle: string;
        runId: Id<"publisherAbuseScoreRuns">;
        score: {
          downloadsPerSkill: number;
          installsPerSkill: number;
          modelVersion: string;
          publishedSkills: number;
          reasonCodes: Array<string>;
          starsPerSkill: number;
          totalDownloads: number;
          totalInstalls: number;
          totalStars: number;
          zScore: number;
        };
        scoreId: Id<"publisherAbuseScores">;
        to: string;
        userId: Id<"users">;
        warningPendingAt: number;
      },
      any
    >;
    sendRestoredAccountNotificationInternal: FunctionReference<
      "action",
      "internal",
      {
        handle?: string;
        packagesRestored?: number;
        restoredAt: number;
        restoredListings?: Array<{ kind: "skill" | "plugin"; name: string }>;
        skillsRestored?: number;
        to: string;
        userId: Id<"users">;
      },
      any
    >;
    sendSecretPublishBlockedNotificationInternal: FunctionReference<
      "action",
      "internal",
      {
        artifact: { kind: "skill" | "plugin"; name: string };
        attemptId: Id<"publishAttempts">;
        handle?: string;
        to: string;
        userId: Id<"users">;
        version?: string;
      },
      any
    >;
  };
  functions: {
    syncPackageSearchDigestsForOwnerPublisherIdInternal: FunctionReference<
      "mutation",
      "internal",
      { cursor?: string | null; ownerPublisherId: Id<"publishers"> },
      any
    >;
    syncPackageSearchDigestsForOwnerUserIdInternal: FunctionReference<
      "mutation",
      "internal",
      { cursor?: string | null; ownerUserId: Id<"users"> },
      any
    >;
    syncSkillSearchDigestsForOwnerPublisherIdInternal: FunctionReference<
      "mutation",
      "internal",
      { cursor?: string | null; ownerPublisherId: Id<"publishers"> },
      any
    >;
  };
  githubAccountAgeBackfill: {
    applyGitHubCreatedAtBackfillBatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        dryRun?: boolean;
        fetchedAt: number;
        items: Array<{ githubCreatedAt: number; userId: Id<"users"> }>;
      },
      any
    >;
    applyGitHubCreatedAtBackfillInternal: FunctionReference<
      "mutation",
      "internal",
      {
        dryRun?: boolean;
        fetchedAt: number;
        githubCreatedAt: number;
        userId: Id<"users">;
      },
      any
    >;
    backfillGitHubCreatedAtInternal: FunctionReference<
      "action",
      "internal",
      {
        batchSize?: number;
        cursor?: string;
        dryRun?: boolean;
        handles?: Array<string>;
        maxPages?: number;
      },
      any
    >;
    listGitHubCreatedAtBackfillHandlesInternal: FunctionReference<
      "query",
      "internal",
      { handles: Array<string> },
      any
    >;
    listGitHubCreatedAtBackfillPageInternal: FunctionReference<
      "query",
      "internal",
      { batchSize?: number; cursor?: string },
      any
    >;
  };
  githubIdentity: {
    getGitHubProviderAccountIdInternal: FunctionReference<
      "query",
      "internal",
      { userId: Id<"users"> },
      any
    >;
  };
  githubSkillSources: {
    cleanupDeletedSourceScansInternal: FunctionReference<
      "mutation",
      "internal",
      { sourceId: Id<"githubSkillSources"> },
      any
    >;
    getByIdInternal: FunctionReference<
      "query",
      "internal",
      { sourceId: Id<"githubSkillSources"> },
      any
    >;
    getSkillsShAliasTargetInternal: FunctionReference<
      "query",
      "internal",
      { path: string; repo: string },
      any
    >;
  };
  githubSkillSync: {
    applyGitHubSkillSourceSyncInternal: FunctionReference<
      "mutation",
      "internal",
      {
        expectedSourceUpdatedAt?: number | null;
        githubOwnerId?: string;
        githubRepositoryId?: string;
        now?: number;
        ownerPublisherId?: Id<"publishers">;
        ownerUserId: Id<"users">;
        repo: string;
        skillsShClaimPath?: string;
        snapshot: {
          commit: string;
          defaultBranch: string;
          manifest?: {
            groupings: Array<{
              description?: string;
              skills: Array<string>;
              title: string;
            }>;
            notGrouped?: "top" | "bottom";
          };
          manifestHash?: string;
          manifestStatus: "ok" | "missing" | "invalid" | "failed";
          repo: string;
          skills: Array<{
            contentHash: string;
            displayName: string;
            iconAsset?: {
              contentType: string;
              path: string;
              sha256: string;
              size: number;
            };
            path: string;
            skillCardMarkdownPath?: string;
            skillMarkdownPath: string;
            slug: string;
            summary?: string;
            upstreamVersion?: string;
          }>;
        };
        sourceId?: Id<"githubSkillSources">;
      },
      any
    >;
    applyGitHubSkillVerificationResultInternal: FunctionReference<
      "mutation",
      "internal",
      {
        contentHash: string;
        githubSkillScanId?: Id<"githubSkillScans">;
        now?: number;
        scanStatus: "clean" | "suspicious" | "malicious" | "pending" | "failed";
        skillId: Id<"skills">;
      },
      any
    >;
    getArchiveScanBySkillAndContentHashInternal: FunctionReference<
      "query",
      "internal",
      { commit: string; contentHash: string; skillId: Id<"skills"> },
      any
    >;
    getGitHubSkillVerificationTargetInternal: FunctionReference<
      "query",
      "internal",
      { contentHash: string; skillId: Id<"skills"> },
      any
    >;
    getPublicGitHubSkillSourceSetupContextInternal: FunctionReference<
      "query",
      "internal",
      {
        actorUserId: Id<"users">;
        githubOwnerId: string;
        githubRepositoryId: string;
        ownerPublisherId: Id<"publishers">;
        repo: string;
      },
      any
    >;
    getSourceByRepoInternal: FunctionReference<
      "query",
      "internal",
      { repo: string },
      any
    >;
    listGitHubSkillContentTargetsInternal: FunctionReference<
      "query",
      "internal",
      { sourceId: Id<"githubSkillSources"> },
      any
    >;
    listSourcesForSyncInternal: FunctionReference<
      "query",
      "internal",
      { batchSize?: number; cursor?: string | null; legacyOnly?: boolean },
      any
    >;
    recordGitHubSkillSourceSyncAttemptInternal: FunctionReference<
      "mutation",
      "internal",
      {
        error?: string;
        now?: number;
        sourceId: Id<"githubSkillSources">;
        status?: "failed" | "skipped";
      },
      any
    >;
    resolveOwnerUserIdForPublisherInternal: FunctionReference<
      "query",
      "internal",
      { publisherId: Id<"publishers"> },
      any
    >;
    revokeGitHubSkillSourceAuthorizationInternal: FunctionReference<
      "mutation",
      "internal",
      { error: string; now?: number; sourceId: Id<"githubSkillSources"> },
      any
    >;
    rollbackGitHubSkillCandidateInternal: FunctionReference<
      "mutation",
      "internal",
      {
        confirm: string;
        now?: number;
        skillId: Id<"skills">;
        targetCandidateId: Id<"githubSkillCandidates">;
      },
      any
    >;
    upsertGitHubSkillCandidateContentInternal: FunctionReference<
      "mutation",
      "internal",
      {
        candidateId: Id<"githubSkillCandidates">;
        commit: string;
        discovered: {
          contentHash: string;
          displayName: string;
          iconAsset?: {
            contentType: string;
            path: string;
            sha256: string;
            size: number;
          };
          path: string;
          skillCardMarkdown?: string;
          skillCardMarkdownPath?: string;
          skillMarkdown: string;
          skillMarkdownPath: string;
          slug: string;
          summary?: string;
          upstreamVersion?: string;
        };
        now?: number;
      },
      any
    >;
    upsertGitHubSkillContentInternal: FunctionReference<
      "mutation",
      "internal",
      {
        commit: string;
        discovered: {
          contentHash: string;
          displayName: string;
          iconAsset?: {
            contentType: string;
            path: string;
            sha256: string;
            size: number;
          };
          path: string;
          skillCardMarkdown?: string;
          skillCardMarkdownPath?: string;
          skillMarkdown: string;
          skillMarkdownPath: string;
          slug: string;
          summary?: string;
          upstreamVersion?: string;
        };
        now?: number;
        skillId: Id<"skills">;
        sourceId: Id<"githubSkillSources">;
      },
      any
    >;
  };
  githubSkillSyncNode: {
    syncGitHubSkillSourcesInternal: FunctionReference<
      "action",
      "internal",
      { batchSize?: number; cursor?: string | null },
      any
    >;
    verifyGitHubSkillInternal: FunctionReference<
      "action",
      "internal",
      { contentHash: string; force?: boolean; skillId: Id<"skills"> },
      any
    >;
  };
  leaderboards: {
    filterTopNonSuspiciousTrendingEntries: FunctionReference<
      "query",
      "internal",
      {
        entries: Array<{
          downloads: number;
          installs: number;
          score: number;
          skillId: Id<"skills">;
        }>;
        limit: number;
      },
      any
    >;
    getDailyStatsPage: FunctionReference<
      "query",
      "internal",
      { cursor: string | null; day: number; limit?: number },
      any
    >;
    rebuildTrendingLeaderboardAction: FunctionReference<
      "action",
      "internal",
      { limit?: number },
      any
    >;
    rebuildTrendingLeaderboardInternal: FunctionReference<
      "mutation",
      "internal",
      { limit?: number },
      any
    >;
    writeTrendingLeaderboard: FunctionReference<
      "mutation",
      "internal",
      {
        endDay: number;
        items: Array<{
          downloads: number;
          installs: number;
          score: number;
          skillId: Id<"skills">;
        }>;
        kind: string;
        startDay: number;
      },
      any
    >;
  };
  maintenance: {
    applyEmptySkillCleanupInternal: FunctionReference<
      "mutation",
      "internal",
      {
        quality: {
          score: number;
          signals: {
            bodyChars: number;
            bodyWords: number;
            bulletCount: number;
            cjkChars?: number;
            genericSummary: boolean;
            headingCount: number;
            templateMarkerHits: number;
            uniqueWordRatio: number;
          };
          trustTier: "low" | "medium" | "trusted";
        };
        reason: string;
        skillId: Id<"skills">;
      },
      any
    >;
    applySkillBackfillPatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        parsed?: {
          clawdis?: any;
          frontmatter: Record<string, any>;
          license?: "MIT-0";
          metadata?: any;
        };
        skillId: Id<"skills">;
        summary?: string;
        versionId: Id<"skillVersions">;
      },
      any
    >;
    applySkillBadgeBackfillPatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        badges?: {
          deprecated?: { at: number; byUserId: Id<"users"> };
          highlighted?: { at: number; byUserId: Id<"users"> };
          official?: { at: number; byUserId: Id<"users"> };
          redactionApproved?: { at: number; byUserId: Id<"users"> };
        };
        skillId: Id<"skills">;
      },
      any
    >;
    applySkillFingerprintBackfillPatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        existingEntryIds?: Array<Id<"skillVersionFingerprints">>;
        fingerprint: string;
        patchVersion: boolean;
        replaceEntries: boolean;
        versionId: Id<"skillVersions">;
      },
      any
    >;
    applySkillLineageCycleRepairInternal: FunctionReference<
      "mutation",
      "internal",
      { skillId: Id<"skills">; sourceSkillId: Id<"skills"> },
      any
    >;
    applyUserStatsBackfillPatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        publishedSkills: number;
        totalDownloads: number;
        totalStars: number;
        userId: Id<"users">;
      },
      any
    >;
    backfillDenormalizedBadgesInternal: FunctionReference<
      "mutation",
      "internal",
      { batchSize?: number; cursor?: string },
      any
    >;
    backfillIsSuspiciousInternal: FunctionReference<
      "mutation",
      "internal",
      { batchSize?: number; cursor?: string },
      any
    >;
    backfillLatestVersionSummaryInternal: FunctionReference<
      "mutation",
      "internal",
      { batchSize?: number; cursor?: string },
      any
    >;
    backfillPublisherStatsInternal: FunctionReference<
      "action",
      "internal",
      {
        batchSize?: number;
        cursor?: string;
        dryRun?: boolean;
        maxBatches?: number;
      },
      any
    >;
    backfillSkillBadgesInternal: FunctionReference<
      "action",
      "internal",
      { batchSize?: number; dryRun?: boolean; maxBatches?: number },
      any
    >;
    backfillSkillBadgeTableInternal: FunctionReference<
      "action",
      "internal",
      { batchSize?: number; dryRun?: boolean; maxBatches?: number },
      any
    >;
    backfillSkillFingerprintsInternal: FunctionReference<
      "action",
      "internal",
      { batchSize?: number; dryRun?: boolean; maxBatches?: number },
      any
    >;
    backfillSkillSearchDigestFirstTokensInternal: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        confirm?: string;
        cursor?: string;
        delayMs?: number;
        dryRun?: boolean;
      },
      any
    >;
    backfillSkillSearchDigestModerationVerdictsInternal: FunctionReference<
      "mutation",
      "internal",
      { batchSize?: number; cursor?: string; dryRun?: boolean },
      any
    >;
    backfillSkillsShMirrorDigestFirstTokensInternal: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        confirm?: string;
        cursor?: string;
        delayMs?: number;
        dryRun?: boolean;
      },
      any
    >;
    backfillSkillSummariesInternal: FunctionReference<
      "action",
      "internal",
      {
        batchSize?: number;
        cursor?: string;
        dryRun?: boolean;
        maxBatches?: number;
        useAi?: boolean;
      },
      any
    >;
    backfillUserStatsInternal: FunctionReference<
      "action",
      "internal",
      {
        batchSize?: number;
        cursor?: string;
        maxBatches?: number;
        skillBatchSize?: number;
      },
      any
    >;
    cleanupEmptySkillsInternal: FunctionReference<
      "action",
      "internal",
      {
        batchSize?: number;
        cursor?: string;
        dryRun?: boolean;
        maxBatches?: number;
        maxReadmeBytes?: number;
        nominationThreshold?: number;
      },
      any
    >;
    cleanupPublisherAbuseSignalSmokeInternal: FunctionReference<
      "mutation",
      "internal",
      { skillId: Id<"skills"> },
      any
    >;
    continueSkillSummaryBackfillJobInternal: FunctionReference<
      "action",
      "internal",
      { batchSize?: number; cursor?: string; useAi?: boolean },
      any
    >;
    getActivePublisherSlugInvariantPageInternal: FunctionReference<
      "query",
      "internal",
      { batchSize: number; cursor?: string },
      any
    >;
    getEmptySkillCleanupPageInternal: FunctionReference<
      "query",
      "internal",
      { batchSize?: number; cursor?: string },
      any
    >;
    getLegacyPluginSkillSpectorRepairPageInternal: FunctionReference<
      "query",
      "internal",
      {
        batchSize?: number;
        cursor?: string;
        family: "code-plugin" | "bundle-plugin";
      },
      any
    >;
    getPublisherAbuseSignalSmokeTargetInternal: FunctionReference<
      "query",
      "internal",
      { skillId: Id<"skills"> },
      any
    >;
    getPublisherStatsBackfillPageInternal: FunctionReference<
      "query",
      "internal",
      { batchSize?: number; cursor?: string },
      any
    >;
    getSkillBackfillPageInternal: FunctionReference<
      "query",
      "internal",
      { batchSize?: number; cursor?: string },
      any
    >;
    getSkillBadgeBackfillPageInternal: FunctionReference<
      "query",
      "internal",
      { batchSize?: number; cursor?: string },
      any
    >;
    getSkillFingerprintBackfillPageInternal: FunctionReference<
      "query",
      "internal",
      { batchSize?: number; cursor?: string },
      any
    >;
    getSkillLineageCycleRepairPageInternal: FunctionReference<
      "query",
      "internal",
      { batchSize?: number; cursor?: string },
      any
    >;
    getUserOwnedSkillsBackfillPageInternal: FunctionReference<
      "query",
      "internal",
      { batchSize?: number; cursor?: string; ownerUserId: Id<"users"> },
      any
    >;
    getUserStatsBackfillPageInternal: FunctionReference<
      "query",
      "internal",
      { batchSize?: number; cursor?: string },
      any
    >;
    inspectHeartflowDuplicateSkillsInternal: FunctionReference<
      "query",
      "internal",
      {},
      any
    >;
    inspectSkillLineageCycleInternal: FunctionReference<
      "query",
      "internal",
      { skillId: Id<"skills"> },
      any
    >;
    nominateEmptySkillSpammersInternal: FunctionReference<
      "action",
      "internal",
      {
        batchSize?: number;
        cursor?: string;
        maxBatches?: number;
        nominationThreshold?: number;
      },
      any
    >;
    nominateUserForEmptySkillSpamInternal: FunctionReference<
      "mutation",
      "internal",
      {
        emptySkillCount: number;
        sampleSlugs: Array<string>;
        userId: Id<"users">;
      },
      any
    >;
    recomputePublisherStatsInternal: FunctionReference<
      "mutation",
      "internal",
      { dryRun?: boolean; publisherId: Id<"publishers"> },
      any
    >;
    repairHeartflowDuplicateSkillsInternal: FunctionReference<
      "action",
      "internal",
      { confirm?: string; dryRun?: boolean },
      any
    >;
    repairLegacyPluginSkillSpectorBatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        confirm?: string;
        cursor?: string;
        dryRun?: boolean;
        family: "code-plugin" | "bundle-plugin";
      },
      any
    >;
    repairLegacyPluginSkillSpectorInternal: FunctionReference<
      "action",
      "internal",
      {
        batchSize?: number;
        confirm?: string;
        cursor?: string;
        dryRun?: boolean;
        family?: "code-plugin" | "bundle-plugin";
        maxBatches?: number;
      },
      any
    >;
    repairLegacyPublisherOwnershipForUser: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        cursor?: string;
        delayMs?: number;
        dryRun?: boolean;
        handle?: string;
        phase?: "skills" | "packages";
        scheduleNext?: boolean;
        userId?: Id<"users">;
      },
      any
    >;
    repairSkillLineageCyclesInternal: FunctionReference<
      "action",
      "internal",
      {
        batchSize?: number;
        confirm?: string;
        cursor?: string;
        dryRun?: boolean;
        maxBatches?: number;
      },
      any
    >;
    resyncPluginCatalogMetadataDigestsBatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        confirm?: string;
        cursor?: string;
        dryRun?: boolean;
        family: "code-plugin" | "bundle-plugin";
      },
      any
    >;
    resyncPluginCatalogMetadataDigestsInternal: FunctionReference<
      "action",
      "internal",
      {
        batchSize?: number;
        confirm?: string;
        cursor?: string;
        dryRun?: boolean;
        family?: "code-plugin" | "bundle-plugin";
        maxBatches?: number;
      },
      any
    >;
    scanActivePublisherSlugDuplicatesInternal: FunctionReference<
      "action",
      "internal",
      {
        batchSize?: number;
        continuation?: {
          key: string;
          rows: Array<{
            active: boolean;
            canonicalSkillId?: Id<"skills">;
            createdAt: number;
            latestVersion?: string;
            latestVersionId?: Id<"skillVersions">;
            moderationStatus: string;
            ownerPublisherId?: Id<"publishers">;
            skillId: Id<"skills">;
            slug: string;
            updatedAt: number;
          }>;
        };
        cursor?: string;
        maxBatches?: number;
      },
      any
    >;
    upsertSkillBadgeRecordInternal: FunctionReference<
      "mutation",
      "internal",
      {
        at: number;
        byUserId: Id<"users">;
        kind: "highlighted" | "official" | "deprecated" | "redactionApproved";
        skillId: Id<"skills">;
      },
      any
    >;
  };
  managementDevSeed: {
    clearManagementQueues: FunctionReference<"mutation", "internal", {}, any>;
    seedManagementQueues: FunctionReference<"mutation", "internal", {}, any>;
  };
  migrations: {
    applyPluginManifestSummaryBackfillPatch: FunctionReference<
      "mutation",
      "internal",
      { pluginManifestSummary: any; releaseId: Id<"packageReleases"> },
      boolean
    >;
    backfillNvidiaGitHubDownloadCounts: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        cursor?: string | null;
        dryRun?: boolean;
        fn?: string;
        next?: Array<string>;
        oneBatchOnly?: boolean;
        reset?: boolean;
      },
      any
    >;
    backfillSkillHourlyStatsFromEvents: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        cursor?: string | null;
        dryRun?: boolean;
        fn?: string;
        next?: Array<string>;
        oneBatchOnly?: boolean;
        reset?: boolean;
      },
      any
    >;
    backfillSkillHourlyStatsFromStars: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        cursor?: string | null;
        dryRun?: boolean;
        fn?: string;
        next?: Array<string>;
        oneBatchOnly?: boolean;
        reset?: boolean;
      },
      any
    >;
    backfillSkillInstallEstimates: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        cursor?: string | null;
        dryRun?: boolean;
        fn?: string;
        next?: Array<string>;
        oneBatchOnly?: boolean;
        reset?: boolean;
      },
      any
    >;
    canonicalizePackageCatalogMetadata: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        cursor?: string | null;
        dryRun?: boolean;
        fn?: string;
        next?: Array<string>;
        oneBatchOnly?: boolean;
        reset?: boolean;
      },
      any
    >;
    canonicalizeSkillCatalogMetadata: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        cursor?: string | null;
        dryRun?: boolean;
        fn?: string;
        next?: Array<string>;
        oneBatchOnly?: boolean;
        reset?: boolean;
      },
      any
    >;
    listLatestPluginManifestSummaryBackfillCandidates: FunctionReference<
      "query",
      "internal",
      {
        cursor: string | null;
        family: "code-plugin" | "bundle-plugin";
        limit: number;
      },
      {
        continueCursor: string;
        isDone: boolean;
        page: Array<{
          displayName: string;
          packageName: string;
          release: any | null;
        }>;
      }
    >;
    previewNvidiaGitHubDownloadBackfillInternal: FunctionReference<
      "query",
      "internal",
      { limit?: number },
      {
        ageBuckets: Record<string, number>;
        alreadyMarked: number;
        baselineAverageDownloadsPerSkillWeek: number;
        baselineCollectedAt: number;
        baselinePublicHostedDownloads: number;
        baselinePublicHostedSkillCount: number;
        baselinePublicHostedSkillWeeks: number;
        basis: "public-hosted-downloads-per-published-week";
        currentDownloads: number;
        eligibleSkills: number;
        modelVersion: string;
        proposedDelta: number;
        publishedSkillWeeks: number;
        samples: Array<{
          alreadyMarked: boolean;
          currentDownloads: number;
          githubScanStatus?: string;
          proposedDelta: number;
          publishedAt: number;
          publishedWeeks: number;
          skillId: Id<"skills">;
          slug: string;
          targetDownloads: number;
        }>;
        skillsWithDelta: number;
        sourceId?: Id<"githubSkillSources">;
        sourceRepo: string;
        targetDownloads: number;
        truncated: boolean;
      }
    >;
    previewSuspiciousPublishAttemptRecoveryInternal: FunctionReference<
      "query",
      "internal",
      {},
      any
    >;
    recoverSuspiciousBlockedPublishAttempts: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        cursor?: string | null;
        dryRun?: boolean;
        fn?: string;
        next?: Array<string>;
        oneBatchOnly?: boolean;
        reset?: boolean;
      },
      any
    >;
    run: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        cursor?: string | null;
        dryRun?: boolean;
        fn?: string;
        next?: Array<string>;
        oneBatchOnly?: boolean;
        reset?: boolean;
      },
      any
    >;
    runCatalogMetadataCanonicalization: FunctionReference<
      "action",
      "internal",
      { confirm?: string; dryRun?: boolean },
      { confirmRequired?: string; dryRun: boolean; ok: true }
    >;
    runNvidiaGitHubDownloadBackfill: FunctionReference<
      "action",
      "internal",
      { confirm?: string; dryRun?: boolean; previewLimit?: number },
      {
        confirmRequired?: string;
        dryRun: boolean;
        ok: true;
        preview: {
          ageBuckets: Record<string, number>;
          alreadyMarked: number;
          baselineAverageDownloadsPerSkillWeek: number;
          baselineCollectedAt: number;
          baselinePublicHostedDownloads: number;
          baselinePublicHostedSkillCount: number;
          baselinePublicHostedSkillWeeks: number;
          basis: "public-hosted-downloads-per-published-week";
          currentDownloads: number;
          eligibleSkills: number;
          modelVersion: string;
          proposedDelta: number;
          publishedSkillWeeks: number;
          samples: Array<{
            alreadyMarked: boolean;
            currentDownloads: number;
            githubScanStatus?: string;
            proposedDelta: number;
            publishedAt: number;
            publishedWeeks: number;
            skillId: Id<"skills">;
            slug: string;
            targetDownloads: number;
          }>;
          skillsWithDelta: number;
          sourceId?: Id<"githubSkillSources">;
          sourceRepo: string;
          targetDownloads: number;
          truncated: boolean;
        };
      }
    >;
    runPluginManifestSummaryBackfill: FunctionReference<
      "action",
      "internal",
      { confirm?: string; dryRun?: boolean; maxPackages?: number },
      {
        changedReleases: number;
        confirmRequired?: string;
        dryRun: boolean;
        eligibleReleases: number;
        ok: true;
        patchedReleases: number;
        samples: Array<{
          bundledSkillCount: number;
          configFieldCount: number;
          displayName: string;
          mcpServerCount: number;
          packageName: string;
          releaseId: Id<"packageReleases">;
          version: string;
        }>;
        scannedPackages: number;
        skillMarkdownReadErrors: number;
        skippedMissingManifest: number;
        skippedMissingRelease: number;
        skippedSkillMarkdownReadErrorReleases: number;
        unchangedReleases: number;
      }
    >;
    runPluginManifestSummaryBackfillPage: FunctionReference<
      "action",
      "internal",
      {
        confirm?: string;
        cursor?: string | null;
        dryRun?: boolean;
        family: "code-plugin" | "bundle-plugin";
        limit?: number;
      },
      {
        changedReleases: number;
        confirmRequired?: string;
        continueCursor: string;
        dryRun: boolean;
        eligibleReleases: number;
        family: "code-plugin" | "bundle-plugin";
        isDone: boolean;
        ok: true;
        patchedReleases: number;
        samples: Array<{
          bundledSkillCount: number;
          configFieldCount: number;
          displayName: string;
          mcpServerCount: number;
          packageName: string;
          releaseId: Id<"packageReleases">;
          version: string;
        }>;
        scannedPackages: number;
        skillMarkdownReadErrors: number;
        skippedMissingManifest: number;
        skippedMissingRelease: number;
        skippedSkillMarkdownReadErrorReleases: number;
        unchangedReleases: number;
      }
    >;
    runSkillHourlyStatsBackfill: FunctionReference<
      "action",
      "internal",
      { confirm?: string; dryRun?: boolean },
      any
    >;
    runSkillInstallBackfill: FunctionReference<
      "action",
      "internal",
      { confirm?: string; dryRun?: boolean },
      {
        confirmRequired?: string;
        dryRun: boolean;
        model: {
          cleanWindowEndDay: number;
          cleanWindowStartDay: number;
          globalCleanDownloads: number;
          globalCleanInstalls: number;
          maxSmoothedRate: number;
          minimumCleanDownloads: number;
          priorDownloads: number;
        };
        ok: true;
      }
    >;
    runSuspiciousPublishAttemptRecovery: FunctionReference<
      "action",
      "internal",
      { confirm?: string; dryRun?: boolean },
      any
    >;
  };
  packageInspectorNode: {
    runPackageInspectorForPublishInternal: FunctionReference<
      "action",
      "internal",
      {
        files: Array<{
          contentType?: string;
          path: string;
          sha256: string;
          size: number;
          storageId: Id<"_storage">;
        }>;
        packageName: string;
        version: string;
      },
      {
        breakages: Array<{
          authorRemediation?: { docsUrl?: string; summary: string };
          code: string;
          compatStatus?: string;
          decision?: string;
          deprecated?: boolean;
          evidence?: Array<string>;
          fixture?: string;
          id?: string;
          issueClass?: string;
          level?: string;
          message: string;
          severity?: string;
        }>;
        metadata: { inspectorVersion?: string; targetOpenClawVersion?: string };
        status: "pass" | "fail";
        summary: {
          breakageCount: number;
          deprecationWarningCount: number;
          issueCount: number;
          warningCount: number;
        };
        warnings: Array<{
          authorRemediation?: { docsUrl?: string; summary: string };
          code: string;
          compatStatus?: string;
          decision?: string;
          deprecated?: boolean;
          evidence?: Array<string>;
          fixture?: string;
          id?: string;
          issueClass?: string;
          level?: string;
          message: string;
          severity?: string;
        }>;
      }
    >;
  };
  packageLeaderboards: {
    getDailyStatsPage: FunctionReference<
      "query",
      "internal",
      { cursor: string | null; day: number; limit?: number },
      any
    >;
    rebuildTrendingLeaderboardAction: FunctionReference<
      "action",
      "internal",
      { limit?: number },
      any
    >;
    rebuildTrendingLeaderboardInternal: FunctionReference<
      "mutation",
      "internal",
      { limit?: number },
      any
    >;
    writeTrendingLeaderboard: FunctionReference<
      "mutation",
      "internal",
      {
        endDay: number;
        items: Array<{
          downloads: number;
          installs: number;
          packageId: Id<"packages">;
          score: number;
        }>;
        startDay: number;
      },
      any
    >;
  };
  packagePublishTokens: {
    createInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actor?: string;
        actorId?: string;
        environment?: string;
        expiresAt: number;
        packageId: Id<"packages">;
        prefix: string;
        provider: "github-actions";
        ref: string;
        refType?: string;
        repository: string;
        repositoryId: string;
        repositoryOwner: string;
        repositoryOwnerId: string;
        runAttempt: string;
        runId: string;
        sha: string;
        tokenHash: string;
        version: string;
        workflowFilename: string;
      },
      any
    >;
    getByHashInternal: FunctionReference<
      "query",
      "internal",
      { tokenHash: string },
      any
    >;
    getByIdInternal: FunctionReference<
      "query",
      "internal",
      { tokenId: Id<"packagePublishTokens"> },
      any
    >;
    revokeInternal: FunctionReference<
      "mutation",
      "internal",
      { tokenId: Id<"packagePublishTokens"> },
      any
    >;
    touchInternal: FunctionReference<
      "mutation",
      "internal",
      { tokenId: Id<"packagePublishTokens"> },
      any
    >;
  };
  packages: {
    acknowledgePackageInspectorScanBatchInternal: FunctionReference<
      "mutation",
      "internal",
      { cursor: string | null; leaseMs?: number; runId: string },
      any
    >;
    applyAccountDeletionToOwnedPackagesBatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        cursor?: string;
        deletedAt: number;
        ownerUserId: Id<"users">;
        scope?: "ownerUserId" | "personalPublisher";
      },
      any
    >;
    applyBanToOwnedPackagesBatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        bannedAt: number;
        cursor?: string;
        deletedBy: Id<"users">;
        deletedByRole: "admin" | "moderator" | "user";
        ownerUserId: Id<"users">;
        scope?: "ownerUserId" | "personalPublisher";
      },
      any
    >;
    applyPublisherDeletionToOwnedPackagesBatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        cursor?: string;
        deletedAt: number;
        ownerPublisherId: Id<"publishers">;
      },
      any
    >;
    assertCanGenerateChangelogPreviewInternal: FunctionReference<
      "query",
      "internal",
      { actorUserId: Id<"users">; name: string },
      any
    >;
    backfillLatestPackageScanStatusInternal: FunctionReference<
      "mutation",
      "internal",
      { batchSize?: number; cursor?: string },
      any
    >;
    backfillPackageReleaseScansInternal: FunctionReference<
      "action",
      "internal",
      { batchSize?: number; cursor?: number; scheduled?: number },
      any
    >;
    claimPackageInspectorScanBatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        cursor?: string | null;
        inspectorVersion?: string;
        leaseMs?: number;
        notifyOwners?: boolean;
        runId: string;
        targetOpenClawVersion?: string;
      },
      any
    >;
    cleanupReassignedPackageReleaseTagsInternal: FunctionReference<
      "mutation",
      "internal",
      {
        assignments: Array<{
          releaseId: Id<"packageReleases">;
          tags: Array<string>;
        }>;
        offset?: number;
        packageId: Id<"packages">;
      },
      any
    >;
    countPublicPluginsInternal: FunctionReference<"query", "internal", {}, any>;
    deleteOwnedReleaseForUserInternal: FunctionReference<
      "mutation",
      "internal",
      { actorUserId: Id<"users">; name: string; version: string },
      any
    >;
    deleteTrustedPublisherForUserInternal: FunctionReference<
      "mutation",
      "internal",
      { actorUserId: Id<"users">; packageName: string },
      any
    >;
    discardPendingPackagePublicationInternal: FunctionReference<
      "mutation",
      "internal",
      {
        createdNewParent?: boolean;
        packageId: Id<"packages">;
        releaseId: Id<"packageReleases">;
      },
      any
    >;
    finalizePackagePublishAttemptInternal: FunctionReference<
      "action",
      "internal",
      { attemptId: Id<"publishAttempts"> },
      any
    >;
    findPackagePublishResultInternal: FunctionReference<
      "query",
      "internal",
      {
        integritySha256: string;
        name: string;
        ownerPublisherId?: Id<"publishers">;
        ownerUserId: Id<"users">;
        version: string;
      },
      any
    >;
    getByNameForViewerInternal: FunctionReference<
      "query",
      "internal",
      { name: string; viewerUserId?: Id<"users"> },
      any
    >;
    getPackageByIdInternal: FunctionReference<
      "query",
      "internal",
      { packageId: Id<"packages"> },
      any
    >;
    getPackageByNameInternal: FunctionReference<
      "query",
      "internal",
      { name: string },
      any
    >;
    getPackageInspectorArtifactInternal: FunctionReference<
      "query",
      "internal",
      { releaseId: Id<"packageReleases"> },
      any
    >;
    getPackageInspectorEmailContextInternal: FunctionReference<
      "query",
      "internal",
      {
        inspectorVersion?: string;
        packageId: Id<"packages">;
        releaseId: Id<"packageReleases">;
        targetOpenClawVersion?: string;
      },
      any
    >;
    getPackageModerationStatusForUserInternal: FunctionReference<
      "query",
      "internal",
      { actorUserId: Id<"users">; name: string },
      any
    >;
    getPackageReleaseScanBackfillBatchInternal: FunctionReference<
      "query",
      "internal",
      { batchSize?: number; cursor?: number; prioritizeRecent?: boolean },
      any
    >;
    getReleaseByIdInternal: FunctionReference<
      "query",
      "internal",
      { releaseId: Id<"packageReleases"> },
      any
    >;
    getReleaseByPackageAndVersionInternal: FunctionReference<
      "query",
      "internal",
      { packageId: Id<"packages">; version: string },
      any
    >;
    getReleasesByIdsInternal: FunctionReference<
      "query",
      "internal",
      { releaseIds: Array<Id<"packageReleases">> },
      any
    >;
    getTrustedPublisherByPackageIdInternal: FunctionReference<
      "query",
      "internal",
      { packageId: Id<"packages"> },
      any
    >;
    getVersionByNameForViewerInternal: FunctionReference<
      "query",
      "internal",
      { name: string; version: string; viewerUserId?: Id<"users"> },
      any
    >;
    getVersionSecurityByNameForViewerInternal: FunctionReference<
      "query",
      "internal",
      { name: string; version: string; viewerUserId?: Id<"users"> },
      any
    >;
    hardDeleteForAdminInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        confirmationToken?: string;
        dryRun?: boolean;
        name: string;
        ownerHandle: string;
        reason: string;
      },
      any
    >;
    hardDeletePackageInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        deletedAt: number;
        packageId: Id<"packages">;
        source: "admin" | "account.delete" | "publisher.delete";
      },
      any
    >;
    hasMissingRecommendationScoresInternal: FunctionReference<
      "query",
      "internal",
      { families?: Array<"skill" | "code-plugin" | "bundle-plugin"> },
      any
    >;
    ingestPackageInspectorScanResultsInternal: FunctionReference<
      "mutation",
      "internal",
      {
        findings: Array<{
          authorRemediation?: { docsUrl?: string; summary: string };
          code: string;
          compatStatus?: string;
          decision?: string;
          deprecated?: boolean;
          evidence?: Array<string>;
          fixture?: string;
          id?: string;
          issueClass?: string;
          level?: string;
          message: string;
          severity?: string;
        }>;
        inspectorVersion?: string;
        notifyOwners?: boolean;
        packageId: Id<"packages">;
        releaseId: Id<"packageReleases">;
        targetOpenClawVersion?: string;
      },
      any
    >;
    insertAuditLogInternal: FunctionReference<
      "mutation",
      "internal",
      {
        action: string;
        actorUserId: Id<"users">;
        metadata?: any;
        targetId: string;
        targetType: string;
      },
      any
    >;
    insertPackageInspectorWarningsInternal: FunctionReference<
      "mutation",
      "internal",
      {
        findings?: Array<{
          authorRemediation?: { docsUrl?: string; summary: string };
          code: string;
          compatStatus?: string;
          decision?: string;
          deprecated?: boolean;
          evidence?: Array<string>;
          fixture?: string;
          id?: string;
          issueClass?: string;
          level?: string;
          message: string;
          severity?: string;
        }>;
        inspectorVersion?: string;
        ownerPublisherId?: Id<"publishers">;
        ownerUserId: Id<"users">;
        packageId: Id<"packages">;
        packageName: string;
        releaseId: Id<"packageReleases">;
        scanSource?: "publish" | "nightly";
        targetOpenClawVersion?: string;
        version: string;
        warnings?: Array<{
          authorRemediation?: { docsUrl?: string; summary: string };
          code: string;
          compatStatus?: string;
          decision?: string;
          deprecated?: boolean;
          evidence?: Array<string>;
          fixture?: string;
          id?: string;
          issueClass?: string;
          level?: string;
          message: string;
          severity?: string;
        }>;
      },
      any
    >;
    insertReleaseInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        allowExistingRelease?: boolean;
        artifactKind?: "legacy-zip" | "npm-pack";
        categories?: Array<string>;
        changelog: string;
        channel?: "official" | "community" | "private";
        clawManifestSummary?: any;
        clawpackFormat?: "tgz";
        clawpackSha256?: string;
        clawpackSize?: number;
        clawpackStorageId?: Id<"_storage">;
        compatibility?: any;
        displayName: string;
        extractedPackageJson?: any;
        extractedPluginManifest?: any;
        family: "skill" | "code-plugin" | "bundle-plugin" | "claw";
        files: Array<{
          contentType?: string;
          path: string;
          sha256: string;
          size: number;
          storageId: Id<"_storage">;
        }>;
        icon?: string;
        integritySha256: string;
        llmAnalysis?: any;
        name: string;
        normalizedBundleManifest?: any;
        npmFileCount?: number;
        npmIntegrity?: string;
        npmShasum?: string;
        npmTarballName?: string;
        npmUnpackedSize?: number;
        ownerPublisherId?: Id<"publishers">;
        ownerUserId: Id<"users">;
        pluginManifestSummary?: any;
        publicationStatus?: "pending" | "published";
        publishActor?:
          | { kind: "user"; userId: Id<"users"> }
          | {
              kind: "github-actions";
              repository: string;
              runAttempt: string;
              runId: string;
              sha: string;
              workflow: string;
            };
        runtimeId?: string;
        sha256hash: string;
        source?: any;
        sourceRepo?: string;
        staticScan?: any;
        summary: string;
        tags: Array<string>;
        topics?: Array<string>;
        verification?: any;
        version: string;
      },
      any
    >;
    listOfficialPluginMigrationsInternal: FunctionReference<
      "query",
      "internal",
      {
        actorUserId: Id<"users">;
        cursor?: string | null;
        limit?: number;
        phase?:
          | "planned"
          | "published"
          | "clawpack-ready"
          | "legacy-zip-only"
          | "metadata-ready"
          | "blocked"
          | "ready-for-openclaw"
          | "all";
      },
      any
    >;
    listPackageAppealsInternal: FunctionReference<
      "query",
      "internal",
      {
        actorUserId: Id<"users">;
        cursor?: string | null;
        limit?: number;
        status?: "open" | "accepted" | "rejected" | "all";
      },
      any
    >;
    listPackageModerationEventLogsInternal: FunctionReference<
      "query",
      "internal",
      {
        actorUserId: Id<"users">;
        appealId?: Id<"packageAppeals">;
        kind: "report" | "appeal";
        limit?: number;
        reportId?: Id<"packageReports">;
      },
      any
    >;
    listPackageModerationQueueInternal: FunctionReference<
      "query",
      "internal",
      {
        actorUserId: Id<"users">;
        cursor?: string | null;
        limit?: number;
        status?: "open" | "blocked" | "manual" | "all";
      },
      any
    >;
    listPackageReportsInternal: FunctionReference<
      "query",
      "internal",
      {
        actorUserId: Id<"users">;
        cursor?: string | null;
        limit?: number;
        status?: "open" | "confirmed" | "dismissed" | "all";
      },
      any
    >;
    listPageForViewerInternal: FunctionReference<
      "query",
      "internal",
      {
        category?: string;
        channel?: "official" | "community" | "private";
        excludedScanStatuses?: Array<
          "clean" | "suspicious" | "malicious" | "pending" | "not-run"
        >;
        families?: Array<"skill" | "code-plugin" | "bundle-plugin">;
        family?: "skill" | "code-plugin" | "bundle-plugin" | "claw";
        highlightedOnly?: boolean;
        isOfficial?: boolean;
        officialFirst?: boolean;
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        sort?:
          "updated" | "downloads" | "recommended" | "installs" | "trending";
        topic?: string;
        viewerUserId?: Id<"users">;
      },
      any
    >;
    listPluginExportPageInternal: FunctionReference<
      "query",
      "internal",
      {
        cursor?: string;
        endDate: number;
        family?: "code-plugin" | "bundle-plugin";
        numItems?: number;
        startDate: number;
      },
      any
    >;
    listPluginValidationReportPageInternal: FunctionReference<
      "query",
      "internal",
      { cursor?: string; numItems?: number },
      any
    >;
    listVersionsForViewerInternal: FunctionReference<
      "query",
      "internal",
      {
        name: string;
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        viewerUserId?: Id<"users">;
      },
      any
    >;
    markPackageInspectorFindingsEmailedInternal: FunctionReference<
      "mutation",
      "internal",
      {
        email: string;
        findingCount: number;
        inspectorVersion?: string;
        ownerPublisherId?: Id<"publishers">;
        ownerUserId: Id<"users">;
        packageId: Id<"packages">;
        packageName: string;
        releaseId: Id<"packageReleases">;
        targetOpenClawVersion?: string;
        version: string;
      },
      any
    >;
    markPackageInspectorNotificationCompletedInternal: FunctionReference<
      "mutation",
      "internal",
      {
        inspectorVersion: string;
        packageId: Id<"packages">;
        releaseId: Id<"packageReleases">;
        targetOpenClawVersion: string;
      },
      any
    >;
    moderatePackageReleaseForUserInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        name: string;
        reason: string;
        state: "approved" | "quarantined" | "revoked";
        version: string;
      },
      any
    >;
    normalizeOfficialPublisherPackagesInternal: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        cursor?: string;
        dryRun?: boolean;
        family?: "code-plugin" | "bundle-plugin";
      },
      any
    >;
    previewPackageInspectorScanBatchInternal: FunctionReference<
      "query",
      "internal",
      {
        batchSize?: number;
        cursor?: string | null;
        inspectorVersion?: string;
        notifyOwners?: boolean;
        targetOpenClawVersion?: string;
      },
      any
    >;
    processPackageStatEventsInternal: FunctionReference<
      "mutation",
      "internal",
      { batchSize?: number },
      any
    >;
    pruneProcessedPackageStatEventBatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        confirmationToken?: string;
        cutoffProcessedAt: number;
        dryRun: boolean;
      },
      any
    >;
    pruneProcessedPackageStatEventsInternal: FunctionReference<
      "action",
      "internal",
      {
        batchSize?: number;
        confirmationToken?: string;
        dryRun?: boolean;
        maxBatches?: number;
        retentionDays?: number;
      },
      any
    >;
    publishPackageForTrustedPublisherInternal: FunctionReference<
      "action",
      "internal",
      { payload: any; publishTokenId: Id<"packagePublishTokens"> },
      any
    >;
    publishPackageForUserInternal: FunctionReference<
      "action",
      "internal",
      { actorUserId: Id<"users">; payload: any },
      any
    >;
    publishPendingReleaseInternal: FunctionReference<
      "mutation",
      "internal",
      { releaseId: Id<"packageReleases"> },
      any
    >;
    recordPackageDownloadInternal: FunctionReference<
      "mutation",
      "internal",
      { packageId: Id<"packages"> },
      any
    >;
    recordPackageInstallInternal: FunctionReference<
      "mutation",
      "internal",
      {
        dayStart?: number;
        identityHash?: string;
        identityKind?: "user" | "ip";
        occurredAt?: number;
        packageId: Id<"packages">;
      },
      any
    >;
    removeBetaLatestPackageTagsInternal: FunctionReference<
      "mutation",
      "internal",
      { actorUserId: Id<"users">; names: Array<string>; reason?: string },
      any
    >;
    repairPackageIdentityInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        name: string;
        nextName?: string;
        nextRuntimeId?: string;
        reason: string;
      },
      any
    >;
    reportPackageForUserInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        name: string;
        reason: string;
        version?: string;
      },
      any
    >;
    reservePackageNameInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        displayName?: string;
        family?: "skill" | "code-plugin" | "bundle-plugin";
        name: string;
        ownerPublisherId?: Id<"publishers">;
        ownerUserId: Id<"users">;
        reason?: string;
        summary?: string;
      },
      any
    >;
    resolvePackageAppealForUserInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        appealId: Id<"packageAppeals">;
        finalAction?: "none" | "approve";
        note?: string;
        status: "open" | "accepted" | "rejected";
      },
      any
    >;
    restoreOwnedPackagesForUnbanBatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId?: Id<"users">;
        bannedAt: number;
        cursor?: string;
        ownerUserId: Id<"users">;
        scope?: "ownerUserId" | "personalPublisher";
      },
      any
    >;
    restoreOwnedReleaseForUserInternal: FunctionReference<
      "mutation",
      "internal",
      { actorUserId: Id<"users">; name: string; version: string },
      any
    >;
    restorePackageInternal: FunctionReference<
      "mutation",
      "internal",
      { name: string; userId: Id<"users"> },
      any
    >;
    revokePackagePublishTokensForPackageBatchInternal: FunctionReference<
      "mutation",
      "internal",
      { packageId: Id<"packages">; revokedAt: number },
      any
    >;
    scanPackageReleaseStaticallyInternal: FunctionReference<
      "action",
      "internal",
      { releaseId: Id<"packageReleases"> },
      any
    >;
    searchForViewerInternal: FunctionReference<
      "query",
      "internal",
      {
        category?: string;
        channel?: "official" | "community" | "private";
        createdAfter?: number;
        excludedScanStatuses?: Array<
          "clean" | "suspicious" | "malicious" | "pending" | "not-run"
        >;
        family?: "skill" | "code-plugin" | "bundle-plugin" | "claw";
        highlightedOnly?: boolean;
        isOfficial?: boolean;
        limit?: number;
        query: string;
        topic?: string;
        viewerUserId?: Id<"users">;
      },
      any
    >;
    sendPackageInspectorFindingsEmailInternal: FunctionReference<
      "action",
      "internal",
      {
        inspectorVersion?: string;
        packageId: Id<"packages">;
        releaseId: Id<"packageReleases">;
        targetOpenClawVersion?: string;
      },
      any
    >;
    setPackageFeaturedForUserInternal: FunctionReference<
      "mutation",
      "internal",
      { actorUserId: Id<"users">; featured: boolean; name: string },
      any
    >;
    setTrustedPublisherForUserInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        environment?: string;
        packageName: string;
        repository: string;
        repositoryId: string;
        repositoryOwner: string;
        repositoryOwnerId: string;
        workflowFilename: string;
      },
      any
    >;
    softDeletePackageInternal: FunctionReference<
      "mutation",
      "internal",
      { name: string; userId: Id<"users"> },
      any
    >;
    submitPackageAppealForUserInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        message: string;
        name: string;
        version: string;
      },
      any
    >;
    transferPackageOwnerForUserInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        name: string;
        reason?: string;
        toOwner: string;
      },
      any
    >;
    transferPackageOwnerInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        channel?: "official" | "community" | "private";
        name: string;
        ownerPublisherId?: Id<"publishers">;
        ownerUserId: Id<"users">;
        reason?: string;
      },
      any
    >;
    triagePackageReportForUserInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        finalAction?: "none" | "quarantine" | "revoke";
        note?: string;
        reportId: Id<"packageReports">;
        status: "open" | "confirmed" | "dismissed";
      },
      any
    >;
    updateReleaseLlmAnalysisInternal: FunctionReference<
      "mutation",
      "internal",
      {
        llmAnalysis: {
          agenticRiskFindings?: Array<{
            categoryId: string;
            categoryLabel: string;
            confidence: "high" | "medium" | "low";
            evidence?: { explanation: string; path: string; snippet: string };
            recommendation: string;
            riskBucket:
              | "abnormal_behavior_control"
              | "permission_boundary"
              | "sensitive_data_protection";
            severity: string;
            status: "none" | "note" | "concern";
            userImpact: string;
          }>;
          checkedAt: number;
          confidence?: string;
          dimensions?: Array<{
            detail: string;
            label: string;
            name: string;
            rating: string;
          }>;
          findings?: string;
          guidance?: string;
          model?: string;
          riskSummary?: {
            abnormal_behavior_control: {
              highestSeverity?: string;
              status: "none" | "note" | "concern";
              summary: string;
            };
            permission_boundary: {
              highestSeverity?: string;
              status: "none" | "note" | "concern";
              summary: string;
            };
            sensitive_data_protection: {
              highestSeverity?: string;
              status: "none" | "note" | "concern";
              summary: string;
            };
          };
          status: string;
          summary?: string;
          verdict?: string;
        };
        releaseId: Id<"packageReleases">;
      },
      any
    >;
    updateReleaseScanResultsInternal: FunctionReference<
      "mutation",
      "internal",
      {
        releaseId: Id<"packageReleases">;
        vtAnalysis?: {
          analysis?: string;
          checkedAt: number;
          engineStats?: {
            harmless?: number;
            malicious?: number;
            suspicious?: number;
            undetected?: number;
          };
          scanner?: string;
          source?: string;
          status: string;
          verdict?: string;
        };
      },
      any
    >;
    updateReleaseSkillSpectorAnalysisInternal: FunctionReference<
      "mutation",
      "internal",
      {
        releaseId: Id<"packageReleases">;
        skillSpectorAnalysis?: {
          checkedAt: number;
          error?: string;
          issueCount: number;
          issues: Array<{
            category?: string;
            codeSnippet?: string;
            confidence?: number;
            endLine?: number;
            explanation: string;
            file?: string;
            finding?: string;
            issueId: string;
            pattern?: string;
            remediation?: string;
            severity: string;
            startLine?: number;
          }>;
          recommendation?: string;
          scannerVersion?: string;
          score?: number;
          severity?: string;
          status: string;
          summary?: string;
        };
      },
      any
    >;
    updateReleaseStaticScanInternal: FunctionReference<
      "mutation",
      "internal",
      {
        releaseId: Id<"packageReleases">;
        staticScan: {
          checkedAt: number;
          engineVersion: string;
          findings: Array<{
            code: string;
            evidence: string;
            file: string;
            line: number;
            message: string;
            severity: "info" | "warn" | "critical";
          }>;
          reasonCodes: Array<string>;
          status: "clean" | "suspicious" | "malicious";
          summary: string;
        };
      },
      any
    >;
    upsertOfficialPluginMigrationForUserInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        blockers?: Array<string>;
        bundledPluginId: string;
        hostTargetsComplete?: boolean;
        moderationApproved?: boolean;
        notes?: string;
        owner?: string;
        packageName: string;
        phase?:
          | "planned"
          | "published"
          | "clawpack-ready"
          | "legacy-zip-only"
          | "metadata-ready"
          | "blocked"
          | "ready-for-openclaw";
        runtimeBundlesReady?: boolean;
        scanClean?: boolean;
        sourceCommit?: string;
        sourcePath?: string;
        sourceRepo?: string;
      },
      any
    >;
  };
  prepublicationObservability: {
    getPrePublicationQueueHealthInternal: FunctionReference<
      "query",
      "internal",
      {},
      any
    >;
    logPrePublicationQueueHealthInternal: FunctionReference<
      "action",
      "internal",
      {},
      any
    >;
  };
  promotions: {
    createInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        input: {
          authChoiceId?: string;
          blurb: string;
          docsUrl?: string;
          endsAt: number;
          launchPageUrl?: string;
          models: Array<{
            alias?: string;
            modelRef: string;
            suggestedDefault?: boolean;
          }>;
          pluginNames?: Array<string>;
          provider?: string;
          signupUrl?: string;
          slug: string;
          sponsor?: string;
          startsAt: number;
          title: string;
        };
      },
      any
    >;
    getBySlugPublicInternal: FunctionReference<
      "query",
      "internal",
      { now: number; slug: string },
      any
    >;
    listActiveInternal: FunctionReference<
      "query",
      "internal",
      { now: number },
      any
    >;
    listAllInternal: FunctionReference<
      "query",
      "internal",
      {
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
      },
      any
    >;
    setStatusInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        slug: string;
        status: "draft" | "active" | "ended";
      },
      any
    >;
    updateInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        input: {
          authChoiceId?: string;
          blurb: string;
          docsUrl?: string;
          endsAt: number;
          launchPageUrl?: string;
          models: Array<{
            alias?: string;
            modelRef: string;
            suggestedDefault?: boolean;
          }>;
          pluginNames?: Array<string>;
          provider?: string;
          signupUrl?: string;
          slug: string;
          sponsor?: string;
          startsAt: number;
          title: string;
        };
        targetSlug: string;
      },
      any
    >;
  };
  promotionsFeed: {
    publishInternal: FunctionReference<"mutation", "internal", {}, any>;
  };
  publishAttemptDispatch: {
    dispatchPublishAttemptInternal: FunctionReference<
      "action",
      "internal",
      { attemptId: Id<"publishAttempts">; retryCount: number },
      any
    >;
  };
  publishAttempts: {
    claimPackagePublishAttemptForFinalizationInternal: FunctionReference<
      "mutation",
      "internal",
      { attemptId: Id<"publishAttempts">; claimId: string },
      any
    >;
    claimPendingPublishAttemptChecksInternal: FunctionReference<
      "mutation",
      "internal",
      {
        attemptId?: Id<"publishAttempts">;
        claimId: string;
        kind?: "skill" | "package";
        retryOnly?: boolean;
        slug?: string;
        version?: string;
      },
      any
    >;
    claimReadyPublishAttemptFinalizationRetryInternal: FunctionReference<
      "mutation",
      "internal",
      {
        attemptId?: Id<"publishAttempts">;
        claimId: string;
        kind?: "skill" | "package";
        slug?: string;
        version?: string;
      },
      any
    >;
    claimSkillPublishAttemptForFinalizationInternal: FunctionReference<
      "mutation",
      "internal",
      { attemptId: Id<"publishAttempts">; claimId: string },
      any
    >;
    completePendingPublishAttemptChecksInternal: FunctionReference<
      "mutation",
      "internal",
      {
        artifactFingerprint: string;
        attemptId: Id<"publishAttempts">;
        claimId: string;
        clawscan: {
          redactedFindings?: Array<string>;
          status: "clean" | "blocked" | "failed";
          summary?: string;
        };
        clawscanAnalysis?: {
          checkedAt: number;
          confidence?: string;
          dimensions?: Array<{
            detail: string;
            label: string;
            name: string;
            rating: string;
          }>;
          findings?: string;
          guidance?: string;
          model?: string;
          status: string;
          summary?: string;
          verdict?: string;
        };
        trufflehog: {
          redactedFindings?: Array<string>;
          status: "clean" | "blocked" | "failed";
          summary?: string;
        };
      },
      any
    >;
    createPackagePublishAttemptInternal: FunctionReference<
      "mutation",
      "internal",
      {
        artifactFingerprint: string;
        clawpackStorageId?: Id<"_storage">;
        createdNewParent?: boolean;
        displayName: string;
        files: Array<{
          contentType?: string;
          path: string;
          sha256: string;
          size: number;
          storageId: Id<"_storage">;
        }>;
        idempotencyKey: string;
        name: string;
        ownerPublisherId?: Id<"publishers">;
        ownerUserId: Id<"users">;
        packageFollowup: any;
        packageId: Id<"packages">;
        packageInsertArgs?: any;
        packageReleaseId: Id<"packageReleases">;
        scanContext?: any;
        userId: Id<"users">;
        version: string;
      },
      any
    >;
    createSkillPublishAttemptInternal: FunctionReference<
      "mutation",
      "internal",
      {
        artifactFingerprint: string;
        createdNewParent?: boolean;
        displayName: string;
        files: Array<{
          contentType?: string;
          path: string;
          sha256: string;
          size: number;
          storageId: Id<"_storage">;
        }>;
        followup: { ownerHandle?: string; skipWebhook?: boolean };
        idempotencyKey: string;
        ownerPublisherId?: Id<"publishers">;
        scanContext?: any;
        skillId: Id<"skills">;
        skillVersionId: Id<"skillVersions">;
        slug: string;
        sourceOwnerPublisherId?: Id<"publishers">;
        userId: Id<"users">;
        version: string;
      },
      any
    >;
    finalizeSkillPublishAttemptInternal: FunctionReference<
      "action",
      "internal",
      { attemptId: Id<"publishAttempts"> },
      any
    >;
    findExistingPublishAttemptForArtifactInternal: FunctionReference<
      "query",
      "internal",
      {
        kind: "skill" | "package";
        ownerPublisherId?: Id<"publishers">;
        slug: string;
        userId?: Id<"users">;
        version: string;
      },
      any
    >;
    findSkillPublishAttemptPublicResultInternal: FunctionReference<
      "query",
      "internal",
      { attemptId: Id<"publishAttempts"> },
      any
    >;
    getPackagePublishAttemptStatusInternal: FunctionReference<
      "query",
      "internal",
      { attemptId: string },
      any
    >;
    getPendingPublishAttemptDispatchTargetInternal: FunctionReference<
      "query",
      "internal",
      { attemptId: Id<"publishAttempts"> },
      any
    >;
    recordPackagePublishAttemptFinalizedInternal: FunctionReference<
      "mutation",
      "internal",
      {
        attemptId: Id<"publishAttempts">;
        claimId: string;
        result: {
          ok: boolean;
          packageId: Id<"packages">;
          releaseId: Id<"packageReleases">;
        };
      },
      any
    >;
    recordSkillPublishAttemptChecksPassedInternal: FunctionReference<
      "mutation",
      "internal",
      {
        attemptId: Id<"publishAttempts">;
        clawscanSummary?: string;
        trufflehogSummary?: string;
      },
      any
    >;
    recordSkillPublishAttemptFinalizedInternal: FunctionReference<
      "mutation",
      "internal",
      {
        attemptId: Id<"publishAttempts">;
        claimId: string;
        result: {
          attemptId?: Id<"publishAttempts">;
          embeddingId?: Id<"skillEmbeddings">;
          publicationStatus?: "pending" | "published";
          skillId: Id<"skills">;
          slug?: string;
          status?: "pending" | "published";
          version?: string;
          versionId: Id<"skillVersions">;
        };
      },
      any
    >;
    releasePackagePublishAttemptFinalizationClaimInternal: FunctionReference<
      "mutation",
      "internal",
      { attemptId: Id<"publishAttempts">; claimId: string; error?: string },
      any
    >;
    releaseSkillPublishAttemptFinalizationClaimInternal: FunctionReference<
      "mutation",
      "internal",
      { attemptId: Id<"publishAttempts">; claimId: string; error?: string },
      any
    >;
  };
  publisherAbuse: {
    archiveTemporalPublisherAbuseSignalsInternal: FunctionReference<
      "action",
      "internal",
      {
        batchSize?: number;
        candidates: Array<{
          displayName: string;
          handleSnapshot: string;
          ownerKey: string;
          ownerPublisherId?: Id<"publishers">;
          ownerUserId?: Id<"users">;
          skillId: Id<"skills">;
          slug: string;
          temporalScore: {
            baseline7Downloads: number;
            downloadInstallRatio30: number;
            downloads30dCohortBand?: "p95" | "p99";
            downloads30dVsPeerP95?: number;
            installDownloadExcessZScore30: number;
            installDownloadExcessZScore7: number;
            installDownloadRatio30: number;
            installDownloadRatio7: number;
            nearConversion: boolean;
            nearConversionWindowEndDay?: number;
            nearConversionWindowStartDay?: number;
            pressure: number;
            previous30Downloads: number;
            reasonCodes: Array<string>;
            recent30Downloads: number;
            recent30Installs: number;
            recent7Downloads: number;
            recent7Installs: number;
            spike: boolean;
            spikeMultiplier: number;
            spikeMultiplierCohortBand?: "p95" | "p99";
            spikeMultiplierVsPeerP95?: number;
            spikeWindowEndDay?: number;
            spikeWindowStartDay?: number;
            sustained: boolean;
            sustainedWindowEndDay?: number;
            sustainedWindowStartDay?: number;
          };
          totalDownloads: number;
          totalInstalls: number;
        }>;
        maxPages?: number;
        notifyHermit?: boolean;
        now: number;
        offset?: number;
        runId?: Id<"publisherAbuseScoreRuns">;
      },
      any
    >;
    archiveTemporalPublisherAbuseSignalsPageInternal: FunctionReference<
      "mutation",
      "internal",
      {
        benchmark?: {
          downloads30dAverage: number;
          downloads30dMedian: number;
          downloads30dP95: number;
          downloads30dP99: number;
          sampleSize: number;
          scope?: "all_active_skills";
          spikeMultiplier7dP95: number;
          spikeMultiplier7dP99: number;
        };
        candidates: Array<{
          displayName: string;
          handleSnapshot: string;
          ownerKey: string;
          ownerPublisherId?: Id<"publishers">;
          ownerUserId?: Id<"users">;
          skillId: Id<"skills">;
          slug: string;
          temporalScore: {
            baseline7Downloads: number;
            downloadInstallRatio30: number;
            downloads30dCohortBand?: "p95" | "p99";
            downloads30dVsPeerP95?: number;
            installDownloadExcessZScore30: number;
            installDownloadExcessZScore7: number;
            installDownloadRatio30: number;
            installDownloadRatio7: number;
            nearConversion: boolean;
            nearConversionWindowEndDay?: number;
            nearConversionWindowStartDay?: number;
            pressure: number;
            previous30Downloads: number;
            reasonCodes: Array<string>;
            recent30Downloads: number;
            recent30Installs: number;
            recent7Downloads: number;
            recent7Installs: number;
            spike: boolean;
            spikeMultiplier: number;
            spikeMultiplierCohortBand?: "p95" | "p99";
            spikeMultiplierVsPeerP95?: number;
            spikeWindowEndDay?: number;
            spikeWindowStartDay?: number;
            sustained: boolean;
            sustainedWindowEndDay?: number;
            sustainedWindowStartDay?: number;
          };
          totalDownloads: number;
          totalInstalls: number;
        }>;
        now: number;
        runId?: Id<"publisherAbuseScoreRuns">;
      },
      any
    >;
    autoBanPublisherAbuseCandidatesPageInternal: FunctionReference<
      "mutation",
      "internal",
      { batchSize?: number; cursor?: string },
      any
    >;
    claimPublisherAbusePendingWarningInternal: FunctionReference<
      "mutation",
      "internal",
      {
        nominationId: Id<"publisherAbuseReviewNominations">;
        runId: Id<"publisherAbuseScoreRuns">;
        scoreId: Id<"publisherAbuseScores">;
        warningPendingAt: number;
      },
      any
    >;
    claimPublisherAbuseSignalNotificationsInternal: FunctionReference<
      "mutation",
      "internal",
      { limit?: number },
      any
    >;
    clearPublisherAbusePendingWarningInternal: FunctionReference<
      "mutation",
      "internal",
      {
        nominationId: Id<"publisherAbuseReviewNominations">;
        runId: Id<"publisherAbuseScoreRuns">;
        scoreId: Id<"publisherAbuseScores">;
        warningPendingAt: number;
      },
      any
    >;
    collectPublisherAbuseScoresPageInternal: FunctionReference<
      "mutation",
      "internal",
      { batchSize?: number; runId: Id<"publisherAbuseScoreRuns"> },
      any
    >;
    collectTemporalPublisherAbuseSkillCandidatesPageInternal: FunctionReference<
      "query",
      "internal",
      {
        batchSize?: number;
        cursor?: string;
        lookbackDays?: number;
        mode: "current" | "backfill";
        todayDay?: number;
      },
      any
    >;
    finalizePublisherAbuseScoresPageInternal: FunctionReference<
      "mutation",
      "internal",
      { batchSize?: number; runId: Id<"publisherAbuseScoreRuns"> },
      any
    >;
    getOrStartPublisherAbuseScoreRunInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId?: Id<"users">;
        forceNew?: boolean;
        trigger: "cron" | "manual";
      },
      any
    >;
    getPublisherAbuseAutobanEnabledInternal: FunctionReference<
      "query",
      "internal",
      {},
      any
    >;
    getPublisherAbuseScoreRunStateInternal: FunctionReference<
      "query",
      "internal",
      { runId: Id<"publisherAbuseScoreRuns"> },
      any
    >;
    markPublisherAbuseScoreRunFailedInternal: FunctionReference<
      "mutation",
      "internal",
      {
        cleanupCursor?: string;
        cleanupLabel?: "potential_ban_candidate" | "review";
        errorMessage: string;
        runId: Id<"publisherAbuseScoreRuns">;
      },
      any
    >;
    markPublisherAbuseSignalNotificationsFailedInternal: FunctionReference<
      "mutation",
      "internal",
      {
        claimedAt: number;
        error: string;
        signalIds: Array<Id<"publisherAbuseSignals">>;
      },
      any
    >;
    markPublisherAbuseSignalNotificationsSucceededInternal: FunctionReference<
      "mutation",
      "internal",
      {
        claimedAt: number;
        now: number;
        signalIds: Array<Id<"publisherAbuseSignals">>;
      },
      any
    >;
    notifyPublisherAbuseSignalChangesInternal: FunctionReference<
      "action",
      "internal",
      { limit?: number },
      any
    >;
    notifyPublisherAbuseSignalScanFailureInternal: FunctionReference<
      "action",
      "internal",
      {
        deliveryAttempt?: number;
        errorMessage: string;
        failedAt: number;
        failureCount: number;
        runId: Id<"publisherAbuseScoreRuns">;
      },
      any
    >;
    persistTemporalPublisherAbuseCandidatesInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId?: Id<"users">;
        benchmark: {
          downloads30dAverage: number;
          downloads30dMedian: number;
          downloads30dP95: number;
          downloads30dP99: number;
          sampleSize: number;
          scope?: "all_active_skills";
          spikeMultiplier7dP95: number;
          spikeMultiplier7dP99: number;
        };
        candidates: Array<{
          displayName: string;
          handleSnapshot: string;
          ownerKey: string;
          ownerPublisherId?: Id<"publishers">;
          ownerUserId?: Id<"users">;
          skillId: Id<"skills">;
          slug: string;
          temporalScore: {
            baseline7Downloads: number;
            downloadInstallRatio30: number;
            downloads30dCohortBand?: "p95" | "p99";
            downloads30dVsPeerP95?: number;
            installDownloadExcessZScore30: number;
            installDownloadExcessZScore7: number;
            installDownloadRatio30: number;
            installDownloadRatio7: number;
            nearConversion: boolean;
            nearConversionWindowEndDay?: number;
            nearConversionWindowStartDay?: number;
            pressure: number;
            previous30Downloads: number;
            reasonCodes: Array<string>;
            recent30Downloads: number;
            recent30Installs: number;
            recent7Downloads: number;
            recent7Installs: number;
            spike: boolean;
            spikeMultiplier: number;
            spikeMultiplierCohortBand?: "p95" | "p99";
            spikeMultiplierVsPeerP95?: number;
            spikeWindowEndDay?: number;
            spikeWindowStartDay?: number;
            sustained: boolean;
            sustainedWindowEndDay?: number;
            sustainedWindowStartDay?: number;
          };
          totalDownloads: number;
          totalInstalls: number;
        }>;
        mode: "current" | "backfill";
        runId?: Id<"publisherAbuseScoreRuns">;
        scanComplete: boolean;
        trigger: "cron" | "manual";
      },
      any
    >;
    processPublisherAbuseAutobansInternal: FunctionReference<
      "action",
      "internal",
      { batchSize?: number; cursor?: string; maxPages?: number },
      any
    >;
    recordPublisherAbuseScoreRunTransientErrorInternal: FunctionReference<
      "mutation",
      "internal",
      {
        errorMessage: string;
        retryAttempt: number;
        retryDelayMs: number;
        runId: Id<"publisherAbuseScoreRuns">;
      },
      any
    >;
    recordPublisherAbuseWarningSentInternal: FunctionReference<
      "mutation",
      "internal",
      {
        deadlineAt: number;
        nominationId: Id<"publisherAbuseReviewNominations">;
        ownerKey: string;
        runId: Id<"publisherAbuseScoreRuns">;
        scoreId: Id<"publisherAbuseScores">;
        warningPendingAt: number;
        warningSentAt: number;
      },
      any
    >;
    runPublisherAbuseScoreRunInternal: FunctionReference<
      "action",
      "internal",
      {
        actorUserId?: Id<"users">;
        batchSize?: number;
        forceNew?: boolean;
        maxPages?: number;
        retryAttempt?: number;
        runId?: Id<"publisherAbuseScoreRuns">;
        trigger?: "cron" | "manual";
      },
      any
    >;
    runTemporalPublisherAbuseScanInternal: FunctionReference<
      "action",
      "internal",
      {
        actorUserId?: Id<"users">;
        archiveDryRunSignals?: boolean;
        batchSize?: number;
        candidateLimit?: number;
        dryRun?: boolean;
        lookbackDays?: number;
        maxPages?: number;
        mode?: "current" | "backfill";
        todayDay?: number;
        trigger?: "cron" | "manual";
      },
      any
    >;
  };
  publisherAbuseDevSeed: {
    clearSeed: FunctionReference<"mutation", "internal", {}, any>;
    seed: FunctionReference<"mutation", "internal", {}, any>;
  };
  publisherAbuseTemporalScan: {
    advanceScheduledTemporalCandidatesInternal: FunctionReference<
      "mutation",
      "internal",
      {
        candidates: Array<{
          displayName: string;
          handleSnapshot: string;
          ownerKey: string;
          ownerPublisherId?: Id<"publishers">;
          ownerUserId?: Id<"users">;
          skillId: Id<"skills">;
          slug: string;
          temporalScore: {
            baseline7Downloads: number;
            downloadInstallRatio30: number;
            downloads30dCohortBand?: "p95" | "p99";
            downloads30dVsPeerP95?: number;
            installDownloadExcessZScore30: number;
            installDownloadExcessZScore7: number;
            installDownloadRatio30: number;
            installDownloadRatio7: number;
            nearConversion: boolean;
            nearConversionWindowEndDay?: number;
            nearConversionWindowStartDay?: number;
            pressure: number;
            previous30Downloads: number;
            reasonCodes: Array<string>;
            recent30Downloads: number;
            recent30Installs: number;
            recent7Downloads: number;
            recent7Installs: number;
            spike: boolean;
            spikeMultiplier: number;
            spikeMultiplierCohortBand?: "p95" | "p99";
            spikeMultiplierVsPeerP95?: number;
            spikeWindowEndDay?: number;
            spikeWindowStartDay?: number;
            sustained: boolean;
            sustainedWindowEndDay?: number;
            sustainedWindowStartDay?: number;
          };
          totalDownloads: number;
          totalInstalls: number;
        }>;
        expectedCursor?: string;
        isDone: boolean;
        nextCursor?: string;
        runId: Id<"publisherAbuseScoreRuns">;
      },
      any
    >;
    advanceScheduledTemporalPercentileInternal: FunctionReference<
      "mutation",
      "internal",
      {
        expectedCursor?: string;
        isDone: boolean;
        median?: number;
        nextCursor?: string;
        p95?: number;
        p99?: number;
        phase: "downloads_percentiles" | "spike_percentiles";
        processed: number;
        runId: Id<"publisherAbuseScoreRuns">;
      },
      any
    >;
    failExpiredScheduledTemporalScanInternal: FunctionReference<
      "mutation",
      "internal",
      { runId: Id<"publisherAbuseScoreRuns"> },
      any
    >;
    getOrStartScheduledTemporalScanInternal: FunctionReference<
      "mutation",
      "internal",
      { actorUserId?: Id<"users">; trigger?: "cron" | "manual" },
      any
    >;
    getScheduledTemporalScanStateInternal: FunctionReference<
      "query",
      "internal",
      { runId: Id<"publisherAbuseScoreRuns"> },
      any
    >;
    markScheduledTemporalScanFailedInternal: FunctionReference<
      "mutation",
      "internal",
      { errorMessage: string; runId: Id<"publisherAbuseScoreRuns"> },
      any
    >;
    monitorScheduledTemporalScanInternal: FunctionReference<
      "mutation",
      "internal",
      { runId: Id<"publisherAbuseScoreRuns"> },
      any
    >;
    pruneExpiredTemporalScanRowsInternal: FunctionReference<
      "mutation",
      "internal",
      { batchSize?: number },
      any
    >;
    readScheduledTemporalCandidatesPageInternal: FunctionReference<
      "query",
      "internal",
      {
        batchSize?: number;
        cursor?: string;
        runId: Id<"publisherAbuseScoreRuns">;
      },
      any
    >;
    readScheduledTemporalPercentilePageInternal: FunctionReference<
      "query",
      "internal",
      {
        batchSize?: number;
        cursor?: string;
        metric: "downloads" | "spike";
        runId: Id<"publisherAbuseScoreRuns">;
      },
      any
    >;
    recordScheduledTemporalScanFailureInternal: FunctionReference<
      "mutation",
      "internal",
      {
        errorMessage: string;
        expectedUpdatedAt: number;
        runId: Id<"publisherAbuseScoreRuns">;
      },
      any
    >;
    runScheduledTemporalPublisherAbuseScanInternal: FunctionReference<
      "action",
      "internal",
      {
        actorUserId?: Id<"users">;
        runId?: Id<"publisherAbuseScoreRuns">;
        trigger?: "cron" | "manual";
      },
      any
    >;
    storeScheduledTemporalScanPageInternal: FunctionReference<
      "mutation",
      "internal",
      {
        benchmarkScores: Array<{
          recent30Downloads: number;
          spikeMultiplier: number;
        }>;
        candidates: Array<{
          displayName: string;
          handleSnapshot: string;
          ownerKey: string;
          ownerPublisherId?: Id<"publishers">;
          ownerUserId?: Id<"users">;
          skillId: Id<"skills">;
          slug: string;
          temporalScore: {
            baseline7Downloads: number;
            downloadInstallRatio30: number;
            downloads30dCohortBand?: "p95" | "p99";
            downloads30dVsPeerP95?: number;
            installDownloadExcessZScore30: number;
            installDownloadExcessZScore7: number;
            installDownloadRatio30: number;
            installDownloadRatio7: number;
            nearConversion: boolean;
            nearConversionWindowEndDay?: number;
            nearConversionWindowStartDay?: number;
            pressure: number;
            previous30Downloads: number;
            reasonCodes: Array<string>;
            recent30Downloads: number;
            recent30Installs: number;
            recent7Downloads: number;
            recent7Installs: number;
            spike: boolean;
            spikeMultiplier: number;
            spikeMultiplierCohortBand?: "p95" | "p99";
            spikeMultiplierVsPeerP95?: number;
            spikeWindowEndDay?: number;
            spikeWindowStartDay?: number;
            sustained: boolean;
            sustainedWindowEndDay?: number;
            sustainedWindowStartDay?: number;
          };
          totalDownloads: number;
          totalInstalls: number;
        }>;
        expectedCursor?: string;
        isDone: boolean;
        nextCursor?: string;
        runId: Id<"publisherAbuseScoreRuns">;
      },
      any
    >;
    temporalBenchmarkForScheduledScanInternal: FunctionReference<
      "query",
      "internal",
      { runId: Id<"publisherAbuseScoreRuns"> },
      {
        downloads30dAverage: number;
        downloads30dMedian: number;
        downloads30dP95: number;
        downloads30dP99: number;
        sampleSize: number;
        scope?: "all_active_skills";
        spikeMultiplier7dP95: number;
        spikeMultiplier7dP99: number;
      } | null
    >;
  };
  publishers: {
    addOfficialPublisherInternal: FunctionReference<
      "mutation",
      "internal",
      { actorUserId: Id<"users">; handle: string; reason: string },
      any
    >;
    canAccessOwnerScopeInternal: FunctionReference<
      "query",
      "internal",
      {
        allowedPublisherRoles?: Array<"owner" | "admin" | "publisher">;
        legacyOwnerUserId?: Id<"users">;
        publisherId: Id<"publishers">;
        userId: Id<"users">;
      },
      any
    >;
    createOrgPublisherForUserInternal: FunctionReference<
      "mutation",
      "internal",
      { actorUserId: Id<"users">; displayName?: string; handle: string },
      any
    >;
    deleteEmptyOrgPublisherInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        dryRun?: boolean;
        handle: string;
        reason: string;
      },
      any
    >;
    deleteSoleOwnerOrgsForAccountDeletionInternal: FunctionReference<
      "mutation",
      "internal",
      { actorUserId: Id<"users">; deletedAt: number },
      any
    >;
    ensureOrgPublisherHandleInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        displayName?: string;
        fallbackUserHandle?: string;
        handle: string;
        memberHandle?: string;
        memberRole?: "owner" | "admin" | "publisher";
        trusted?: boolean;
      },
      any
    >;
    ensurePersonalPublisherInternal: FunctionReference<
      "mutation",
      "internal",
      { userId: Id<"users"> },
      any
    >;
    getByHandleInternal: FunctionReference<
      "query",
      "internal",
      { handle: string },
      any
    >;
    getByIdInternal: FunctionReference<
      "query",
      "internal",
      { publisherId: Id<"publishers"> },
      any
    >;
    getHomeOfficialCreatorSummariesPageInternal: FunctionReference<
      "query",
      "internal",
      { cursor: string | null },
      any
    >;
    getMemberRoleInternal: FunctionReference<
      "query",
      "internal",
      { publisherId: Id<"publishers">; userId: Id<"users"> },
      any
    >;
    hardDeletePublisherRowsInternal: FunctionReference<
      "mutation",
      "internal",
      { publisherId: Id<"publishers"> },
      any
    >;
    listOfficialPublishersInternal: FunctionReference<
      "query",
      "internal",
      { actorUserId: Id<"users"> },
      any
    >;
    migrateLegacyPublisherHandleToOrgInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        displayName?: string;
        fallbackUserHandle?: string;
        handle: string;
      },
      any
    >;
    reclaimDeletedOrgHandleInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        confirmationToken?: string;
        dryRun?: boolean;
        handle: string;
        reason: string;
      },
      any
    >;
    recoverPersonalPublisherInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        confirmIdentityVerified: boolean;
        dryRun?: boolean;
        nextGitHubProviderAccountId: string;
        nextUserHandle?: string;
        previousGitHubProviderAccountId: string;
        publisherHandle: string;
        reason: string;
        retiredUserHandle?: string;
      },
      any
    >;
    removeOfficialPublisherInternal: FunctionReference<
      "mutation",
      "internal",
      { actorUserId: Id<"users">; handle: string; reason: string },
      any
    >;
    removeOrgPublisherMemberInternal: FunctionReference<
      "mutation",
      "internal",
      { actorUserId: Id<"users">; handle: string; memberHandle: string },
      any
    >;
    resolvePublishTargetForUserInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        minimumRole?: "owner" | "admin" | "publisher";
        ownerHandle?: string;
      },
      any
    >;
    setTrustedPublisherInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        publisherId: Id<"publishers">;
        trustedPublisher: boolean;
      },
      any
    >;
    updateOrgPublisherProfileInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        bio?: string;
        handle: string;
        imageStorageId?: Id<"_storage">;
        reason: string;
      },
      any
    >;
  };
  rateLimits: {
    consumeHttpRateLimitKeyInternal: FunctionReference<
      "mutation",
      "internal",
      {
        config: {
          capacity?: number;
          kind: "fixed window";
          maxReserved?: number;
          period: number;
          rate: number;
          shards?: number;
          start?: number;
        };
        key: string;
        name: string;
      },
      { ok: true; retryAfter?: number } | { ok: false; retryAfter: number }
    >;
    pruneHttpRateLimitKeysInternal: FunctionReference<
      "mutation",
      "internal",
      { batchSize?: number },
      any
    >;
    touchHttpRateLimitKeyInternal: FunctionReference<
      "mutation",
      "internal",
      {
        key: string;
        name: string;
        now?: number;
        shard?: number;
        ttlMs?: number;
      },
      any
    >;
  };
  retention: {
    pruneExpiredAuthRefreshTokensInternal: FunctionReference<
      "mutation",
      "internal",
      { batchSize?: number },
      any
    >;
    pruneExpiredAuthSessionsInternal: FunctionReference<
      "mutation",
      "internal",
      { batchSize?: number },
      any
    >;
    pruneExpiredPublisherInvitesInternal: FunctionReference<
      "mutation",
      "internal",
      { batchSize?: number },
      any
    >;
    pruneExpiredSkillPublishUploadsInternal: FunctionReference<
      "mutation",
      "internal",
      { batchSize?: number },
      any
    >;
  };
  rolloutCapabilities: {
    getPublicCapabilitiesInternal: FunctionReference<
      "query",
      "internal",
      {},
      any
    >;
  };
  search: {
    directPrefixSkillMatches: FunctionReference<
      "query",
      "internal",
      {
        categorySlug?: string;
        createdAfter?: number;
        highlightedOnly?: boolean;
        nonSuspiciousOnly?: boolean;
        officialOnly?: boolean;
        query: string;
        topic?: string;
      },
      any
    >;
    getExactSkillSlugMatch: FunctionReference<
      "query",
      "internal",
      {
        categorySlug?: string;
        createdAfter?: number;
        highlightedOnly?: boolean;
        nonSuspiciousOnly?: boolean;
        officialOnly?: boolean;
        slug: string;
        topic?: string;
      },
      any
    >;
    getExternalSkillSearchCandidates: FunctionReference<
      "query",
      "internal",
      {
        categorySlug?: string;
        exactExternalId?: string;
        highlightedOnly?: boolean;
        query: string;
        topic?: string;
      },
      any
    >;
    getOwnerQualifiedSkillMatch: FunctionReference<
      "query",
      "internal",
      {
        categorySlug?: string;
        highlightedOnly?: boolean;
        nonSuspiciousOnly?: boolean;
        owner: string;
        slug: string;
        topic?: string;
      },
      any
    >;
    getRollingSkillSearchUsage: FunctionReference<
      "query",
      "internal",
      { endDay: number; skillIds: Array<Id<"skills">>; startDay: number },
      any
    >;
    hydrateResults: FunctionReference<
      "query",
      "internal",
      {
        categorySlug?: string;
        createdAfter?: number;
        embeddingIds: Array<Id<"skillEmbeddings">>;
        nonSuspiciousOnly?: boolean;
        officialOnly?: boolean;
        topic?: string;
      },
      any
    >;
    lexicalFallbackSkills: FunctionReference<
      "query",
      "internal",
      {
        categorySlug?: string;
        createdAfter?: number;
        excludePendingScan?: boolean;
        highlightedOnly?: boolean;
        limit?: number;
        nonSuspiciousOnly?: boolean;
        officialOnly?: boolean;
        query: string;
        queryTokens: Array<string>;
        skipExactSlugLookup?: boolean;
        topic?: string;
      },
      any
    >;
  };
  searchTestFixtures: {
    cleanupCanonicalSearchTestFixture: FunctionReference<
      "mutation",
      "internal",
      {
        confirm: "manage-claw-577-canonical-search-test-fixture";
        digestId: Id<"skillsShMirrorDigests">;
        runId: Id<"skillsShMirrorRuns">;
      },
      any
    >;
    readCanonicalSearchTestFixture: FunctionReference<
      "query",
      "internal",
      { confirm: "manage-claw-577-canonical-search-test-fixture" },
      any
    >;
    seedCanonicalSearchTestFixture: FunctionReference<
      "mutation",
      "internal",
      { confirm: "manage-claw-577-canonical-search-test-fixture" },
      any
    >;
  };
  securityDataset: {
    getArtifactExportBoundsInternal: FunctionReference<
      "query",
      "internal",
      { sourceKind: "skill" | "package" },
      any
    >;
    getDatasetLineageInternal: FunctionReference<
      "query",
      "internal",
      { mode?: "public" },
      any
    >;
    listArtifactExportBatchInternal: FunctionReference<
      "action",
      "internal",
      {
        createdAtGte?: number;
        createdAtLt?: number;
        mode?: "public";
        pageCount: number;
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        sourceKind: "skill" | "package";
      },
      any
    >;
    listArtifactExportPageInternal: FunctionReference<
      "query",
      "internal",
      {
        createdAtGte?: number;
        createdAtLt?: number;
        mode?: "public";
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        sourceKind: "skill" | "package";
      },
      any
    >;
  };
  securityDatasetNode: {
    listArtifactExportBatchCompressedInternal: FunctionReference<
      "action",
      "internal",
      {
        createdAtGte?: number;
        createdAtLt?: number;
        mode?: "public";
        pageCount: number;
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        sourceKind: "skill" | "package";
      },
      any
    >;
  };
  securityScan: {
    appendGitHubSkillScanRequestFilesInternal: FunctionReference<
      "mutation",
      "internal",
      {
        chunkIndex: number;
        files: Array<{
          contentType?: string;
          path: string;
          sha256: string;
          size: number;
          storageId: Id<"_storage">;
        }>;
        requestId: Id<"skillScanRequests">;
      },
      any
    >;
    cancelQueuedVtUpdateJobsInternal: FunctionReference<
      "mutation",
      "internal",
      {
        createdBefore: number;
        deleteLimit?: number;
        dryRun: boolean;
        scanLimit?: number;
      },
      any
    >;
    claimQueuedJobsInternal: FunctionReference<
      "mutation",
      "internal",
      {
        lane?: "priority" | "shared" | "catalog";
        leaseMs?: number;
        limit: number;
        targetedJobIds?: Array<Id<"securityScanJobs">>;
        workerId: string;
      },
      any
    >;
    clearQueuedBackfillJobsForLocalDev: FunctionReference<
      "mutation",
      "internal",
      { dryRun?: boolean; limit?: number },
      any
    >;
    completeCatalogSkillScanJobInternal: FunctionReference<
      "mutation",
      "internal",
      {
        artifactContentHash: string;
        attemptId: Id<"skillsShCatalogScanAttempts">;
        jobId: Id<"securityScanJobs">;
        leaseToken: string;
        llmAnalysis: {
          agenticRiskFindings?: Array<{
            categoryId: string;
            categoryLabel: string;
            confidence: "high" | "medium" | "low";
            evidence?: { explanation: string; path: string; snippet: string };
            recommendation: string;
            riskBucket:
              | "abnormal_behavior_control"
              | "permission_boundary"
              | "sensitive_data_protection";
            severity: string;
            status: "none" | "note" | "concern";
            userImpact: string;
          }>;
          checkedAt: number;
          confidence?: string;
          dimensions?: Array<{
            detail: string;
            label: string;
            name: string;
            rating: string;
          }>;
          findings?: string;
          guidance?: string;
          model?: string;
          riskSummary?: {
            abnormal_behavior_control: {
              highestSeverity?: string;
              status: "none" | "note" | "concern";
              summary: string;
            };
            permission_boundary: {
              highestSeverity?: string;
              status: "none" | "note" | "concern";
              summary: string;
            };
            sensitive_data_protection: {
              highestSeverity?: string;
              status: "none" | "note" | "concern";
              summary: string;
            };
          };
          status: string;
          summary?: string;
          verdict?: string;
        };
        runId?: string;
        scanId: Id<"skillScanRequests">;
        skillSpectorAnalysis?: {
          checkedAt: number;
          error?: string;
          issueCount: number;
          issues: Array<{
            category?: string;
            codeSnippet?: string;
            confidence?: number;
            endLine?: number;
            explanation: string;
            file?: string;
            finding?: string;
            issueId: string;
            pattern?: string;
            remediation?: string;
            severity: string;
            startLine?: number;
          }>;
          recommendation?: string;
          scannerVersion?: string;
          score?: number;
          severity?: string;
          status: string;
          summary?: string;
        };
        verdict: "clean" | "suspicious" | "malicious" | "failed";
      },
      any
    >;
    createPublishedSkillScanRequestInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        ownerHandle?: string;
        slug: string;
        update?: boolean;
        version?: string;
      },
      any
    >;
    createUploadedSkillScanRequestInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        displayName?: string;
        files: Array<{
          contentType?: string;
          path: string;
          sha256: string;
          size: number;
          storageId: Id<"_storage">;
        }>;
      },
      any
    >;
    enqueueBulkSkillRescanBatchForAdminInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        batchSize?: number;
        cursor?: string | null;
        dryRun?: boolean;
        mode?: "all-active-latest";
      },
      any
    >;
    enqueuePackageReleaseScanInternal: FunctionReference<
      "mutation",
      "internal",
      {
        priority?: number;
        releaseId: Id<"packageReleases">;
        source:
          | "publish"
          | "vt-update"
          | "backfill"
          | "bulk-rescan"
          | "manual"
          | "skills-sh-catalog-test";
        waitForVtMs?: number;
      },
      any
    >;
    enqueueSkillRescanForModeratorInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        ownerHandle?: string;
        slug: string;
        version?: string;
      },
      any
    >;
    enqueueSkillVersionScanInternal: FunctionReference<
      "mutation",
      "internal",
      {
        preserveActiveJob?: boolean;
        preserveExistingJob?: boolean;
        priority?: number;
        source:
          | "publish"
          | "vt-update"
          | "backfill"
          | "bulk-rescan"
          | "manual"
          | "skills-sh-catalog-test";
        versionId: Id<"skillVersions">;
        waitForVtMs?: number;
      },
      any
    >;
    failJobInternal: FunctionReference<
      "mutation",
      "internal",
      { error: string; jobId: Id<"securityScanJobs">; leaseToken: string },
      any
    >;
    finalizeGitHubSkillScanRequestInternal: FunctionReference<
      "mutation",
      "internal",
      { force?: boolean; requestId: Id<"skillScanRequests"> },
      any
    >;
    getBulkSkillRescanBatchStatusForAdminInternal: FunctionReference<
      "query",
      "internal",
      { actorUserId: Id<"users">; jobIds: Array<Id<"securityScanJobs">> },
      any
    >;
    getCodexScanQueueHealthInternal: FunctionReference<
      "query",
      "internal",
      {},
      any
    >;
    getJobTargetInternal: FunctionReference<
      "query",
      "internal",
      { jobId: Id<"securityScanJobs"> },
      any
    >;
    getSkillScanRequestForUserInternal: FunctionReference<
      "query",
      "internal",
      { actorUserId: Id<"users">; scanId: Id<"skillScanRequests"> },
      any
    >;
    getStoredScanReportForUserInternal: FunctionReference<
      "query",
      "internal",
      {
        actorUserId: Id<"users">;
        kind: "skill" | "plugin";
        name: string;
        ownerHandle?: string;
        version: string;
      },
      any
    >;
    listReadySourceJobsForClaimInternal: FunctionReference<
      "query",
      "internal",
      {
        cursor: string | null;
        excludeGitHubSkillSync: boolean;
        now: number;
        numItems: number;
        source:
          | "publish"
          | "vt-update"
          | "backfill"
          | "bulk-rescan"
          | "manual"
          | "skills-sh-catalog-test";
      },
      any
    >;
    logCodexScanQueueHealthInternal: FunctionReference<
      "action",
      "internal",
      {},
      any
    >;
    prepareGitHubSkillScanRequestInternal: FunctionReference<
      "mutation",
      "internal",
      {
        commit: string;
        contentHash: string;
        force?: boolean;
        parsed: {
          frontmatter: Record<string, any>;
          presentation?: {
            displayName: string;
            displayNameSource?: "publisher" | "openai" | "skill" | "slug";
            icon?: string;
            summary?: string;
            summarySource?: "publisher" | "openai" | "skill" | "generated";
          };
        };
        skillId: Id<"skills">;
        staticScan: {
          checkedAt: number;
          engineVersion: string;
          findings: Array<{
            code: string;
            evidence: string;
            file: string;
            line: number;
            message: string;
            severity: "info" | "warn" | "critical";
          }>;
          reasonCodes: Array<string>;
          status: "clean" | "suspicious" | "malicious";
          summary: string;
        };
      },
      any
    >;
    pruneExpiredSkillScanRequestsInternal: FunctionReference<
      "mutation",
      "internal",
      { batchSize?: number },
      any
    >;
    recordGitHubSkillScanResultInternal: FunctionReference<
      "mutation",
      "internal",
      {
        error?: string;
        githubSkillScanId: Id<"githubSkillScans">;
        llmAnalysis?: {
          agenticRiskFindings?: Array<{
            categoryId: string;
            categoryLabel: string;
            confidence: "high" | "medium" | "low";
            evidence?: { explanation: string; path: string; snippet: string };
            recommendation: string;
            riskBucket:
              | "abnormal_behavior_control"
              | "permission_boundary"
              | "sensitive_data_protection";
            severity: string;
            status: "none" | "note" | "concern";
            userImpact: string;
          }>;
          checkedAt: number;
          confidence?: string;
          dimensions?: Array<{
            detail: string;
            label: string;
            name: string;
            rating: string;
          }>;
          findings?: string;
          guidance?: string;
          model?: string;
          riskSummary?: {
            abnormal_behavior_control: {
              highestSeverity?: string;
              status: "none" | "note" | "concern";
              summary: string;
            };
            permission_boundary: {
              highestSeverity?: string;
              status: "none" | "note" | "concern";
              summary: string;
            };
            sensitive_data_protection: {
              highestSeverity?: string;
              status: "none" | "note" | "concern";
              summary: string;
            };
          };
          status: string;
          summary?: string;
          verdict?: string;
        };
        runId?: string;
        scanStatus: "clean" | "suspicious" | "malicious" | "pending" | "failed";
        skillSpectorAnalysis?: {
          checkedAt: number;
          error?: string;
          issueCount: number;
          issues: Array<{
            category?: string;
            codeSnippet?: string;
            confidence?: number;
            endLine?: number;
            explanation: string;
            file?: string;
            finding?: string;
            issueId: string;
            pattern?: string;
            remediation?: string;
            severity: string;
            startLine?: number;
          }>;
          recommendation?: string;
          scannerVersion?: string;
          score?: number;
          severity?: string;
          status: string;
          summary?: string;
        };
      },
      any
    >;
    recordSkillScanRequestFailedInternal: FunctionReference<
      "mutation",
      "internal",
      {
        error: string;
        llmAnalysis?: {
          agenticRiskFindings?: Array<{
            categoryId: string;
            categoryLabel: string;
            confidence: "high" | "medium" | "low";
            evidence?: { explanation: string; path: string; snippet: string };
            recommendation: string;
            riskBucket:
              | "abnormal_behavior_control"
              | "permission_boundary"
              | "sensitive_data_protection";
            severity: string;
            status: "none" | "note" | "concern";
            userImpact: string;
          }>;
          checkedAt: number;
          confidence?: string;
          dimensions?: Array<{
            detail: string;
            label: string;
            name: string;
            rating: string;
          }>;
          findings?: string;
          guidance?: string;
          model?: string;
          riskSummary?: {
            abnormal_behavior_control: {
              highestSeverity?: string;
              status: "none" | "note" | "concern";
              summary: string;
            };
            permission_boundary: {
              highestSeverity?: string;
              status: "none" | "note" | "concern";
              summary: string;
            };
            sensitive_data_protection: {
              highestSeverity?: string;
              status: "none" | "note" | "concern";
              summary: string;
            };
          };
          status: string;
          summary?: string;
          verdict?: string;
        };
        scanId: Id<"skillScanRequests">;
      },
      any
    >;
    recordSkillScanRequestSucceededInternal: FunctionReference<
      "mutation",
      "internal",
      {
        jobId: Id<"securityScanJobs">;
        llmAnalysis: {
          agenticRiskFindings?: Array<{
            categoryId: string;
            categoryLabel: string;
            confidence: "high" | "medium" | "low";
            evidence?: { explanation: string; path: string; snippet: string };
            recommendation: string;
            riskBucket:
              | "abnormal_behavior_control"
              | "permission_boundary"
              | "sensitive_data_protection";
            severity: string;
            status: "none" | "note" | "concern";
            userImpact: string;
          }>;
          checkedAt: number;
          confidence?: string;
          dimensions?: Array<{
            detail: string;
            label: string;
            name: string;
            rating: string;
          }>;
          findings?: string;
          guidance?: string;
          model?: string;
          riskSummary?: {
            abnormal_behavior_control: {
              highestSeverity?: string;
              status: "none" | "note" | "concern";
              summary: string;
            };
            permission_boundary: {
              highestSeverity?: string;
              status: "none" | "note" | "concern";
              summary: string;
            };
            sensitive_data_protection: {
              highestSeverity?: string;
              status: "none" | "note" | "concern";
              summary: string;
            };
          };
          status: string;
          summary?: string;
          verdict?: string;
        };
        runId?: string;
        scanId: Id<"skillScanRequests">;
        skillSpectorAnalysis?: {
          checkedAt: number;
          error?: string;
          issueCount: number;
          issues: Array<{
            category?: string;
            codeSnippet?: string;
            confidence?: number;
            endLine?: number;
            explanation: string;
            file?: string;
            finding?: string;
            issueId: string;
            pattern?: string;
            remediation?: string;
            severity: string;
            startLine?: number;
          }>;
          recommendation?: string;
          scannerVersion?: string;
          score?: number;
          severity?: string;
          status: string;
          summary?: string;
        };
        writtenBack?: boolean;
      },
      any
    >;
    requestPackageRescanForUserInternal: FunctionReference<
      "mutation",
      "internal",
      { actorUserId: Id<"users">; name: string; version?: string },
      any
    >;
    requestSkillRescanForUserInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        ownerHandle?: string;
        slug: string;
        version?: string;
      },
      any
    >;
    requeueExpiredCodexScanJobsInternal: FunctionReference<
      "mutation",
      "internal",
      { limit?: number },
      any
    >;
    requeueFailedSecurityScanJobsInternal: FunctionReference<
      "mutation",
      "internal",
      {
        dryRun: boolean;
        failedAfter: number;
        failedBefore: number;
        limit?: number;
      },
      any
    >;
    requeueJobLeaseInternal: FunctionReference<
      "mutation",
      "internal",
      { jobId: Id<"securityScanJobs">; leaseToken: string; workerId: string },
      any
    >;
    succeedJobInternal: FunctionReference<
      "mutation",
      "internal",
      { jobId: Id<"securityScanJobs">; leaseToken: string; runId?: string },
      any
    >;
  };
  securityScanDispatch: {
    beginSecurityScanDispatchInternal: FunctionReference<
      "mutation",
      "internal",
      { scheduleToken: string },
      any
    >;
    checkGitHubRepositoryDispatchPermissionInternal: FunctionReference<
      "action",
      "internal",
      {},
      any
    >;
    dispatchSecurityScanWorkerInternal: FunctionReference<
      "action",
      "internal",
      { scheduleToken: string },
      any
    >;
    finishSecurityScanDispatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        error?: string;
        leaseToken: string;
        outcome: "succeeded" | "failed" | "unknown";
      },
      any
    >;
    requestSecurityScanDispatchInternal: FunctionReference<
      "mutation",
      "internal",
      {},
      any
    >;
  };
  skillCards: {
    attachCardAndSucceedJobInternal: FunctionReference<
      "mutation",
      "internal",
      {
        cardFile: {
          contentType?: string;
          path: string;
          sha256: string;
          size: number;
          storageId: Id<"_storage">;
        };
        jobId: Id<"skillCardGenerationJobs">;
        leaseToken: string;
        runId?: string;
      },
      any
    >;
    claimQueuedJobsInternal: FunctionReference<
      "mutation",
      "internal",
      { leaseMs?: number; limit: number; workerId: string },
      any
    >;
    enqueueForVersionInternal: FunctionReference<
      "mutation",
      "internal",
      {
        priority?: number;
        requireMissingCard?: boolean;
        source: "publish" | "scan" | "manual";
        versionId: Id<"skillVersions">;
      },
      any
    >;
    failJobInternal: FunctionReference<
      "mutation",
      "internal",
      {
        error: string;
        jobId: Id<"skillCardGenerationJobs">;
        leaseToken: string;
      },
      any
    >;
    getJobTargetInternal: FunctionReference<
      "query",
      "internal",
      { jobId: Id<"skillCardGenerationJobs"> },
      any
    >;
  };
  skillHourlyStats: {
    getStateInternal: FunctionReference<"query", "internal", {}, any>;
    initializeInternal: FunctionReference<"mutation", "internal", {}, any>;
    markAggregationCompletedInternal: FunctionReference<
      "mutation",
      "internal",
      { cursorCreationTime?: number },
      any
    >;
    markBackfillCompletedInternal: FunctionReference<
      "mutation",
      "internal",
      {},
      any
    >;
    pruneExpiredInternal: FunctionReference<
      "mutation",
      "internal",
      { batchSize?: number },
      any
    >;
    sealForSnapshotInternal: FunctionReference<
      "mutation",
      "internal",
      { now: number },
      any
    >;
  };
  skillPresentationAssets: {
    getBySha256Internal: FunctionReference<
      "query",
      "internal",
      { sha256: string },
      any
    >;
    registerInternal: FunctionReference<
      "mutation",
      "internal",
      {
        contentType:
          "image/png" | "image/jpeg" | "image/webp" | "image/svg+xml";
        sha256: string;
        size: number;
        storageId: Id<"_storage">;
      },
      any
    >;
  };
  skillPresentationBackfill: {
    applyBackfillPatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        confirm: string;
        displayName: string;
        displayNameSource: "publisher" | "openai" | "skill" | "slug";
        icon?: string;
        skillId: Id<"skills">;
        summary?: string;
        summarySource?: "publisher" | "openai" | "skill" | "generated";
        versionId: Id<"skillVersions">;
      },
      any
    >;
    getBackfillPageInternal: FunctionReference<
      "query",
      "internal",
      { batchSize?: number; cursor?: string },
      any
    >;
    runInternal: FunctionReference<
      "action",
      "internal",
      {
        batchSize?: number;
        confirm?: string;
        cursor?: string;
        dryRun?: boolean;
        maxBatches?: number;
      },
      any
    >;
  };
  skillPresentationImageNode: {
    validateRasterInternal: FunctionReference<
      "action",
      "internal",
      {
        bytes: ArrayBuffer;
        contentType: "image/png" | "image/jpeg" | "image/webp";
      },
      any
    >;
  };
  skillPublishUploads: {
    attachSkillPublishUploadInternal: FunctionReference<
      "mutation",
      "internal",
      {
        storageId: Id<"_storage">;
        uploadTicket: Id<"skillPublishUploadTickets">;
        userId: Id<"users">;
      },
      any
    >;
    cleanupSkillPublishUploadInternal: FunctionReference<
      "mutation",
      "internal",
      { uploadTicket: Id<"skillPublishUploadTickets"> },
      any
    >;
    createSkillPublishUploadInternal: FunctionReference<
      "mutation",
      "internal",
      {
        contentType?: string;
        path: string;
        sha256: string;
        size: number;
        userId: Id<"users">;
      },
      any
    >;
    getSkillPublishUploadForUserInternal: FunctionReference<
      "query",
      "internal",
      { uploadTicket: Id<"skillPublishUploadTickets">; userId: Id<"users"> },
      any
    >;
  };
  skills: {
    applyAccountDeletionToOwnedSkillsBatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        cursor?: string;
        deletedAt: number;
        hiddenBy?: Id<"users">;
        ownerUserId: Id<"users">;
      },
      any
    >;
    applyBanToOwnedSkillsBatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        bannedAt: number;
        cursor?: string;
        hiddenBy?: Id<"users">;
        ownerUserId: Id<"users">;
      },
      any
    >;
    applyPublisherDeletionToOwnedSkillsBatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        cursor?: string;
        deletedAt: number;
        ownerPublisherId: Id<"publishers">;
      },
      any
    >;
    applyUserModerationToOwnedSkillsBatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        cursor?: string;
        hiddenAt: number;
        hiddenBy?: Id<"users">;
        ownerUserId: Id<"users">;
      },
      any
    >;
    approveSkillByHashInternal: FunctionReference<
      "mutation",
      "internal",
      {
        moderationStatus?: "active" | "hidden";
        scanner: string;
        sha256hash: string;
        status: string;
      },
      any
    >;
    backfillLatestSkillModerationInternal: FunctionReference<
      "mutation",
      "internal",
      { batchSize?: number; cursor?: string; force?: boolean },
      any
    >;
    backfillSkillStaticScansInternal: FunctionReference<
      "action",
      "internal",
      { batchSize?: number; cursor?: number; rescanned?: number },
      any
    >;
    clearOwnerSuspiciousFlagsInternal: FunctionReference<
      "mutation",
      "internal",
      { limit?: number; ownerUserId: Id<"users"> },
      any
    >;
    deleteOwnedVersionForUserInternal: FunctionReference<
      "mutation",
      "internal",
      { actorUserId: Id<"users">; slug: string; version: string },
      any
    >;
    discardPendingPublicationInternal: FunctionReference<
      "mutation",
      "internal",
      {
        createdNewParent?: boolean;
        skillId: Id<"skills">;
        versionId: Id<"skillVersions">;
      },
      any
    >;
    escalateByVtInternal: FunctionReference<
      "mutation",
      "internal",
      { sha256hash: string; status: "malicious" | "suspicious" },
      any
    >;
    escalateSkillByIdInternal: FunctionReference<
      "mutation",
      "internal",
      {
        moderationFlags: Array<string>;
        moderationReason: string;
        moderationStatus: "active" | "hidden";
        skillId: Id<"skills">;
      },
      any
    >;
    getActiveSkillBatchForRescanInternal: FunctionReference<
      "query",
      "internal",
      { batchSize?: number; cursor?: number },
      any
    >;
    getActiveSkillBatchForStaticScanBackfillInternal: FunctionReference<
      "query",
      "internal",
      { batchSize?: number; cursor?: number },
      any
    >;
    getActiveSkillsMissingVTCacheInternal: FunctionReference<
      "query",
      "internal",
      { limit?: number },
      any
    >;
    getAllActiveSkillsForRescanInternal: FunctionReference<
      "query",
      "internal",
      {},
      any
    >;
    getGitHubDownloadTargetInternal: FunctionReference<
      "query",
      "internal",
      { skillId: Id<"skills"> },
      any
    >;
    getHighlightedCountInternal: FunctionReference<
      "query",
      "internal",
      {},
      any
    >;
    getLegacyPendingScanSkillsInternal: FunctionReference<
      "query",
      "internal",
      { limit?: number },
      any
    >;
    getOwnerSkillActivityInternal: FunctionReference<
      "query",
      "internal",
      { limit?: number; ownerUserId: Id<"users"> },
      any
    >;
    getPendingScanSkillsInternal: FunctionReference<
      "query",
      "internal",
      { exhaustive?: boolean; limit?: number; skipRecentMinutes?: number },
      any
    >;
    getPendingVersionPublishArgsInternal: FunctionReference<
      "query",
      "internal",
      { versionId: Id<"skillVersions"> },
      any
    >;
    getPendingVTSkillsInternal: FunctionReference<
      "query",
      "internal",
      { cursor?: string | null; limit?: number },
      any
    >;
    getQuickStatsInternal: FunctionReference<"query", "internal", {}, any>;
    getReservedSlugInternal: FunctionReference<
      "query",
      "internal",
      { slug: string },
      any
    >;
    getScanQueueHealthInternal: FunctionReference<"query", "internal", {}, any>;
    getSecurityVerdictTargetInternal: FunctionReference<
      "query",
      "internal",
      { ownerHandle?: string; slug: string; version: string },
      any
    >;
    getSkillByIdInternal: FunctionReference<
      "query",
      "internal",
      { skillId: Id<"skills"> },
      any
    >;
    getSkillBySlugIncludingSoftDeletedInternal: FunctionReference<
      "query",
      "internal",
      { ownerHandle?: string; slug: string },
      any
    >;
    getSkillBySlugInternal: FunctionReference<
      "query",
      "internal",
      { ownerHandle?: string; slug: string },
      any
    >;
    getSkillForPublishPreflightInternal: FunctionReference<
      "query",
      "internal",
      {
        migrateOwner?: boolean;
        ownerPublisherId?: Id<"publishers">;
        slug: string;
        sourceOwnerPublisherId?: Id<"publishers">;
        userId: Id<"users">;
      },
      any
    >;
    getSkillsWithNullModerationStatusInternal: FunctionReference<
      "query",
      "internal",
      { limit?: number },
      any
    >;
    getSkillsWithStaleModerationReasonInternal: FunctionReference<
      "query",
      "internal",
      { limit?: number },
      any
    >;
    getStatsInternal: FunctionReference<"action", "internal", {}, any>;
    getStatsPageInternal: FunctionReference<
      "query",
      "internal",
      { cursor?: number },
      any
    >;
    getUnscannedActiveSkillsInternal: FunctionReference<
      "query",
      "internal",
      { limit?: number },
      any
    >;
    getVerifyTargetBySlugInternal: FunctionReference<
      "query",
      "internal",
      { ownerHandle?: string; slug: string },
      any
    >;
    getVersionByIdInternal: FunctionReference<
      "query",
      "internal",
      { versionId: Id<"skillVersions"> },
      any
    >;
    getVersionBySkillAndVersionInternal: FunctionReference<
      "query",
      "internal",
      { skillId: Id<"skills">; version: string },
      any
    >;
    getVersionsByIdsInternal: FunctionReference<
      "query",
      "internal",
      { versionIds: Array<Id<"skillVersions">> },
      any
    >;
    hardDeleteForAdminInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        confirmationToken?: string;
        dryRun?: boolean;
        ownerHandle: string;
        reason: string;
        slug: string;
      },
      any
    >;
    hardDeleteInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        ownerPublisherId?: Id<"publishers">;
        phase?: string;
        reason?: string;
        skillId: Id<"skills">;
        source?: "admin" | "account.delete" | "publisher.delete";
      },
      any
    >;
    hasMissingPackageCatalogRecommendationScoresInternal: FunctionReference<
      "query",
      "internal",
      {},
      any
    >;
    hideObviousJunkSuspiciousSkillsInternal: FunctionReference<
      "mutation",
      "internal",
      {
        accExamined?: number;
        accHidden?: number;
        accMatched?: number;
        batchSize?: number;
        cursor?: string | null;
        dryRun?: boolean;
        examples?: Array<string>;
        maxToHide?: number;
      },
      any
    >;
    hideSkillForSecurityRedactionInternal: FunctionReference<
      "mutation",
      "internal",
      { actorUserId: Id<"users">; reason: string; slug: string },
      any
    >;
    insertVersion: FunctionReference<
      "mutation",
      "internal",
      {
        bypassNewSkillRateLimit?: boolean;
        categories?: Array<string>;
        changelog: string;
        changelogSource?: "auto" | "user";
        deferredAiEnrichment?: any;
        displayName: string;
        embedding: Array<number>;
        files: Array<{
          contentType?: string;
          path: string;
          sha256: string;
          size: number;
          storageId: Id<"_storage">;
        }>;
        fingerprint: string;
        forkOf?: { ownerHandle?: string; slug: string; version?: string };
        icon?: string;
        llmAnalysis?: any;
        migrateOwner?: boolean;
        ownerPublisherId?: Id<"publishers">;
        parsed: {
          clawdis?: any;
          frontmatter: Record<string, any>;
          license?: "MIT-0";
          metadata?: any;
          presentation?: {
            displayName: string;
            displayNameSource?: "publisher" | "openai" | "skill" | "slug";
            icon?: string;
            summary?: string;
            summarySource?: "publisher" | "openai" | "skill" | "generated";
          };
        };
        publicationStatus?: "pending" | "published";
        qualityAssessment?: {
          decision: "pass" | "quarantine" | "reject";
          reason: string;
          score: number;
          signals: {
            bodyChars: number;
            bodyWords: number;
            bulletCount: number;
            cjkChars?: number;
            genericSummary: boolean;
            headingCount: number;
            templateMarkerHits: number;
            uniqueWordRatio: number;
          };
          similarRecentCount: number;
          trustTier: "low" | "medium" | "trusted";
        };
        skillPublishUploadTickets?: Array<Id<"skillPublishUploadTickets">>;
        slug: string;
        sourceOwnerPublisherId?: Id<"publishers">;
        sourceProvenance?: {
          commit: string;
          importedAt: number;
          kind: "github";
          path?: string;
          ref: string;
          repo: string;
          url: string;
        };
        staticScan: {
          checkedAt: number;
          engineVersion: string;
          findings: Array<{
            code: string;
            evidence: string;
            file: string;
            line: number;
            message: string;
            severity: "info" | "warn" | "critical";
          }>;
          reasonCodes: Array<string>;
          status: "clean" | "suspicious" | "malicious";
          summary: string;
        };
        summary?: string;
        tags?: Array<string>;
        topics?: Array<string>;
        userId: Id<"users">;
        version: string;
      },
      any
    >;
    listByDateRange: FunctionReference<
      "query",
      "internal",
      {
        cursor?: string;
        endDate: number;
        numItems?: number;
        startDate: number;
      },
      any
    >;
    listSkillAppealsInternal: FunctionReference<
      "query",
      "internal",
      {
        actorUserId: Id<"users">;
        cursor?: string | null;
        limit?: number;
        status?: "open" | "accepted" | "rejected" | "all";
      },
      any
    >;
    listSkillModerationEventLogsInternal: FunctionReference<
      "query",
      "internal",
      {
        actorUserId: Id<"users">;
        appealId?: Id<"skillAppeals">;
        kind: "report" | "appeal";
        limit?: number;
        reportId?: Id<"skillReports">;
      },
      any
    >;
    listSkillReportsInternal: FunctionReference<
      "query",
      "internal",
      {
        actorUserId: Id<"users">;
        cursor?: string | null;
        limit?: number;
        status?: "open" | "confirmed" | "dismissed" | "all";
      },
      any
    >;
    listVersionFingerprintsInternal: FunctionReference<
      "query",
      "internal",
      { skillVersionId: Id<"skillVersions"> },
      any
    >;
    listVersionsInternal: FunctionReference<
      "query",
      "internal",
      { skillId: Id<"skills"> },
      any
    >;
    markScanStaleInternal: FunctionReference<
      "mutation",
      "internal",
      { skillId: Id<"skills"> },
      any
    >;
    mergeOwnedSkillIntoCanonicalInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        sourceOwnerHandle?: string;
        sourceSlug: string;
        targetOwnerHandle?: string;
        targetSlug: string;
      },
      any
    >;
    mergeSamePublisherDuplicateSkillByIdInternal: FunctionReference<
      "mutation",
      "internal",
      {
        expectedSlug: string;
        expectedSourceVersionId: Id<"skillVersions">;
        expectedTargetVersion: string;
        expectedTargetVersionId: Id<"skillVersions">;
        sourceSkillId: Id<"skills">;
        targetSkillId: Id<"skills">;
      },
      any
    >;
    previewLatestSkillModerationInternal: FunctionReference<
      "query",
      "internal",
      { skillId: Id<"skills"> },
      any
    >;
    publishPendingVersionInternal: FunctionReference<
      "mutation",
      "internal",
      { publishArgs: any; versionId: Id<"skillVersions"> },
      any
    >;
    reclaimSlugInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        reason?: string;
        rightfulOwnerUserId: Id<"users">;
        slug: string;
        transferRootSlugOnly?: boolean;
      },
      any
    >;
    recomputeLatestSkillModerationInternal: FunctionReference<
      "mutation",
      "internal",
      { skillId: Id<"skills"> },
      any
    >;
    renameOwnedSkillInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        newSlug: string;
        ownerHandle?: string;
        slug: string;
      },
      any
    >;
    reportSkillForUserInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        ownerHandle?: string;
        reason: string;
        slug: string;
        version?: string;
      },
      any
    >;
    reserveSlugInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        reason?: string;
        rightfulOwnerUserId: Id<"users">;
        slug: string;
      },
      any
    >;
    resolveSkillAppealForUserInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        appealId: Id<"skillAppeals">;
        finalAction?: "none" | "restore";
        note?: string;
        status: "open" | "accepted" | "rejected";
      },
      any
    >;
    restoreOwnedSkillsForModerationLiftBatchInternal: FunctionReference<
      "mutation",
      "internal",
      { cursor?: string; holdPlacedAt: number; ownerUserId: Id<"users"> },
      any
    >;
    restoreOwnedSkillsForUnbanBatchInternal: FunctionReference<
      "mutation",
      "internal",
      { bannedAt: number; cursor?: string; ownerUserId: Id<"users"> },
      any
    >;
    restoreOwnedVersionForUserInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        ownerHandle?: string;
        slug: string;
        version: string;
      },
      any
    >;
    revokeSkillVersionForUserInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        ownerHandle?: string;
        reason: string;
        slug: string;
        version: string;
      },
      any
    >;
    scanSkillVersionStaticallyInternal: FunctionReference<
      "action",
      "internal",
      { skillId: Id<"skills">; versionId: Id<"skillVersions"> },
      any
    >;
    searchPackageCatalogForHttpInternal: FunctionReference<
      "query",
      "internal",
      {
        channel?: "official" | "community" | "private";
        highlightedOnly?: boolean;
        isOfficial?: boolean;
        limit?: number;
        query: string;
        topic?: string;
      },
      any
    >;
    setSkillFeaturedForUserInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        featured: boolean;
        ownerHandle?: string;
        slug: string;
      },
      any
    >;
    setSkillModerationStatusActiveInternal: FunctionReference<
      "mutation",
      "internal",
      { skillId: Id<"skills"> },
      any
    >;
    setSkillSoftDeletedInternal: FunctionReference<
      "mutation",
      "internal",
      {
        deleted: boolean;
        ownerHandle?: string;
        reason?: string;
        slug: string;
        userId: Id<"users">;
      },
      any
    >;
    setSkillTagForUserInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        ownerHandle?: string;
        slug: string;
        tag: string;
        version: string;
      },
      any
    >;
    submitSkillAppealForUserInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        message: string;
        slug: string;
        version?: string;
      },
      any
    >;
    transferSkillOwnerForUserInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        ownerHandle?: string;
        reason?: string;
        slug: string;
        toOwner: string;
      },
      any
    >;
    triageSkillReportForUserInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        finalAction?: "none" | "hide";
        note?: string;
        reportId: Id<"skillReports">;
        status: "open" | "confirmed" | "dismissed";
      },
      any
    >;
    updateScanCheckInternal: FunctionReference<
      "mutation",
      "internal",
      { skillId: Id<"skills"> },
      any
    >;
    updateSkillModerationReasonInternal: FunctionReference<
      "mutation",
      "internal",
      { moderationReason: string; skillId: Id<"skills"> },
      any
    >;
    updateSkillVersionStaticScanInternal: FunctionReference<
      "mutation",
      "internal",
      {
        skillId: Id<"skills">;
        staticScan: {
          checkedAt: number;
          engineVersion: string;
          findings: Array<{
            code: string;
            evidence: string;
            file: string;
            line: number;
            message: string;
            severity: "info" | "warn" | "critical";
          }>;
          reasonCodes: Array<string>;
          status: "clean" | "suspicious" | "malicious";
          summary: string;
        };
        versionId: Id<"skillVersions">;
      },
      any
    >;
    updateVersionLlmAnalysisInternal: FunctionReference<
      "mutation",
      "internal",
      {
        llmAnalysis: {
          agenticRiskFindings?: Array<{
            categoryId: string;
            categoryLabel: string;
            confidence: "high" | "medium" | "low";
            evidence?: { explanation: string; path: string; snippet: string };
            recommendation: string;
            riskBucket:
              | "abnormal_behavior_control"
              | "permission_boundary"
              | "sensitive_data_protection";
            severity: string;
            status: "none" | "note" | "concern";
            userImpact: string;
          }>;
          checkedAt: number;
          confidence?: string;
          dimensions?: Array<{
            detail: string;
            label: string;
            name: string;
            rating: string;
          }>;
          findings?: string;
          guidance?: string;
          model?: string;
          riskSummary?: {
            abnormal_behavior_control: {
              highestSeverity?: string;
              status: "none" | "note" | "concern";
              summary: string;
            };
            permission_boundary: {
              highestSeverity?: string;
              status: "none" | "note" | "concern";
              summary: string;
            };
            sensitive_data_protection: {
              highestSeverity?: string;
              status: "none" | "note" | "concern";
              summary: string;
            };
          };
          status: string;
          summary?: string;
          verdict?: string;
        };
        moderationMode?: "normal" | "preserve";
        versionId: Id<"skillVersions">;
      },
      any
    >;
    updateVersionScanResultsInternal: FunctionReference<
      "mutation",
      "internal",
      {
        sha256hash?: string;
        versionId: Id<"skillVersions">;
        vtAnalysis?: {
          analysis?: string;
          checkedAt: number;
          engineStats?: {
            harmless?: number;
            malicious?: number;
            suspicious?: number;
            undetected?: number;
          };
          scanner?: string;
          source?: string;
          status: string;
          verdict?: string;
        };
      },
      any
    >;
    updateVersionSkillSpectorAnalysisInternal: FunctionReference<
      "mutation",
      "internal",
      {
        skillSpectorAnalysis: {
          checkedAt: number;
          error?: string;
          issueCount: number;
          issues: Array<{
            category?: string;
            codeSnippet?: string;
            confidence?: number;
            endLine?: number;
            explanation: string;
            file?: string;
            finding?: string;
            issueId: string;
            pattern?: string;
            remediation?: string;
            severity: string;
            startLine?: number;
          }>;
          recommendation?: string;
          scannerVersion?: string;
          score?: number;
          severity?: string;
          status: string;
          summary?: string;
        };
        versionId: Id<"skillVersions">;
      },
      any
    >;
  };
  skillsShCatalog: {
    admitFixtureScansInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId?: Id<"users">;
        artifacts?: Array<{
          artifactContentHash: string;
          externalId: string;
          files: Array<{
            contentType?: string;
            path: string;
            sha256: string;
            size: number;
            storageId: Id<"_storage">;
          }>;
        }>;
        dispatchKind: "deterministic" | "real";
        externalIds: Array<string>;
        runId: Id<"skillsShCatalogRuns">;
      },
      any
    >;
    admitRealScansInternal: FunctionReference<
      "action",
      "internal",
      {
        actorUserId: Id<"users">;
        artifacts: Array<{
          artifactContentHash: string;
          externalId: string;
          files: Array<{
            contentType?: string;
            path: string;
            sha256: string;
            size: number;
            storageId: Id<"_storage">;
          }>;
        }>;
        externalIds: Array<string>;
        runId: Id<"skillsShCatalogRuns">;
      },
      any
    >;
    admitValidatedRealScansInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        artifacts: Array<{
          artifactContentHash: string;
          externalId: string;
          files: Array<{
            contentType?: string;
            path: string;
            sha256: string;
            size: number;
            storageId: Id<"_storage">;
          }>;
        }>;
        externalIds: Array<string>;
        runId: Id<"skillsShCatalogRuns">;
      },
      any
    >;
    assertFreshGitHubOwnerAssignmentsInternal: FunctionReference<
      "query",
      "internal",
      { owners: Array<{ id: number; owner: string }> },
      any
    >;
    cancelCatalogRunInternal: FunctionReference<
      "mutation",
      "internal",
      { limit: number; runId: Id<"skillsShCatalogRuns"> },
      any
    >;
    cancelQueuedFixtureScansInternal: FunctionReference<
      "mutation",
      "internal",
      { limit: number },
      any
    >;
    completeDeterministicScansInternal: FunctionReference<
      "mutation",
      "internal",
      { limit: number; runId: Id<"skillsShCatalogRuns"> },
      any
    >;
    configureFixtureControlInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actor: string;
        confirm: string;
        discoveryEnabled: boolean;
        maxCatalogInFlight: number;
        maxCatalogQueued: number;
        maxEntriesPerBatch: number;
        maxEntriesPerRun: number;
        maxNativeInFlight: number;
        maxNativeQueued: number;
        maxPlannedScans: number;
        maxScanAdmissionsPerBatch: number;
        maxScanAdmissionsPerDay: number;
        maxScanAdmissionsPerRun: number;
        maxWritesPerBatch: number;
        mode?: "fixture" | "staging-live";
        publicVisibilityEnabled?: boolean;
        realScanAllowlist: Array<string>;
        reason: string;
        scanAdmissionEnabled: boolean;
        scanPlanningEnabled: boolean;
        writesEnabled: boolean;
      },
      any
    >;
    disableCatalogInternal: FunctionReference<
      "mutation",
      "internal",
      { actor: string; confirm: string; reason: string },
      any
    >;
    getIsolationDigestInternal: FunctionReference<"query", "internal", {}, any>;
    getRunInternal: FunctionReference<
      "query",
      "internal",
      { runId: Id<"skillsShCatalogRuns"> },
      any
    >;
    getRunReconciliationInternal: FunctionReference<
      "query",
      "internal",
      { runId: Id<"skillsShCatalogRuns"> },
      any
    >;
    getStagingLiveControlInternal: FunctionReference<
      "query",
      "internal",
      {},
      any
    >;
    getStatusInternal: FunctionReference<"query", "internal", {}, any>;
    listEntriesPageInternal: FunctionReference<
      "query",
      "internal",
      {
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
      },
      any
    >;
    listNativeScanJobsIsolationPageInternal: FunctionReference<
      "query",
      "internal",
      {
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
      },
      any
    >;
    listNativeSkillsIsolationPageInternal: FunctionReference<
      "query",
      "internal",
      {
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
      },
      any
    >;
    listRealScanQueueInternal: FunctionReference<
      "query",
      "internal",
      { limit: number },
      any
    >;
    listRunScanAttemptsPageInternal: FunctionReference<
      "query",
      "internal",
      {
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        runId: Id<"skillsShCatalogRuns">;
      },
      any
    >;
    listScanAttemptsPageInternal: FunctionReference<
      "query",
      "internal",
      {
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
      },
      any
    >;
    markScanAttemptRunningInternal: FunctionReference<
      "mutation",
      "internal",
      { attemptId: Id<"skillsShCatalogScanAttempts"> },
      any
    >;
    processFixtureBatchInternal: FunctionReference<
      "mutation",
      "internal",
      { runId: Id<"skillsShCatalogRuns"> },
      any
    >;
    processStagingLiveBatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        cursor: number;
        rows: Array<{
          claimPublisherHandle?: string;
          displayName: string;
          externalId: string;
          githubCommit?: string;
          githubContentHash?: string;
          githubOwnerId: number;
          githubPath?: string;
          githubRepoUrl: string;
          githubStars?: number;
          installs: number;
          owner: string;
          repo: string;
          slug: string;
          sourceContentHash: string;
          sourceUrl: string;
        }>;
        runId: Id<"skillsShCatalogRuns">;
      },
      any
    >;
    recordFixtureScanResultInternal: FunctionReference<
      "mutation",
      "internal",
      {
        attemptId: Id<"skillsShCatalogScanAttempts">;
        sourceContentHash: string;
        verdict: "clean" | "suspicious" | "malicious" | "failed";
      },
      any
    >;
    recordRealScanResultInternal: FunctionReference<
      "mutation",
      "internal",
      {
        artifactContentHash: string;
        attemptId: Id<"skillsShCatalogScanAttempts">;
        verdict: "clean" | "suspicious" | "malicious" | "failed";
      },
      any
    >;
    resolveKnownGitHubOwnersInternal: FunctionReference<
      "query",
      "internal",
      { owners: Array<string> },
      any
    >;
    rollbackFixtureRunInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actor: string;
        confirm: string;
        reason: string;
        runId: Id<"skillsShCatalogRuns">;
      },
      any
    >;
    rollbackPublicationInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actor: string;
        attemptId: Id<"skillsShCatalogScanAttempts">;
        confirm: string;
        externalId: string;
        reason: string;
      },
      any
    >;
    setCatalogPausedInternal: FunctionReference<
      "mutation",
      "internal",
      { actor: string; confirm: string; paused: boolean; reason: string },
      any
    >;
    setFixtureRunPausedInternal: FunctionReference<
      "mutation",
      "internal",
      { paused: boolean; runId: Id<"skillsShCatalogRuns"> },
      any
    >;
    setPublicationEnabledInternal: FunctionReference<
      "mutation",
      "internal",
      { actor: string; confirm: string; enabled: boolean; reason: string },
      any
    >;
    startControlledCanaryScanRunInternal: FunctionReference<
      "mutation",
      "internal",
      { actor: string; reason: string },
      any
    >;
    startFixtureRunInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actor: string;
        dryRun?: boolean;
        fixtureId:
          | "patrick-html-canary-v1"
          | "nvidia-small-v1"
          | "nvidia-small-v2"
          | "skills-sh-500-2026-07-21"
          | "skills-sh-500-2026-07-21-v2"
          | "synthetic-20000-v1";
        reason: string;
        sourceVerification?: {
          githubCheckedAt: string;
          githubCommit: string;
          githubContentHash: string;
          githubFetches: number;
          githubOwnerId: number;
        };
      },
      any
    >;
    startStagingLiveRunInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actor: string;
        fixtureLength: number;
        reason: string;
        snapshotCaptureFetches: number;
        snapshotId: string;
        sourceCapturedAt: string;
      },
      any
    >;
    syncNativeSkillMetricsFromCatalogEntryInternal: FunctionReference<
      "mutation",
      "internal",
      { entryId: Id<"skillsShCatalogEntries">; skillId: Id<"skills"> },
      any
    >;
  };
  skillsShClaims: {
    applyClaimedGitHubSkillSourceSyncInternal: FunctionReference<
      "mutation",
      "internal",
      {
        expectedSourceUpdatedAt?: number | null;
        githubOwnerId?: string;
        githubRepositoryId?: string;
        now?: number;
        ownerPublisherId: Id<"publishers">;
        ownerUserId: Id<"users">;
        repo: string;
        skillsShClaim: {
          commit: string;
          contentHash: string;
          externalId: string;
          path: string;
        };
        skillsShClaimPath?: string;
        snapshot: {
          commit: string;
          defaultBranch: string;
          manifest?: {
            groupings: Array<{
              description?: string;
              skills: Array<string>;
              title: string;
            }>;
            notGrouped?: "top" | "bottom";
          };
          manifestHash?: string;
          manifestStatus: "ok" | "missing" | "invalid" | "failed";
          repo: string;
          skills: Array<{
            contentHash: string;
            displayName: string;
            iconAsset?: {
              contentType: string;
              path: string;
              sha256: string;
              size: number;
            };
            path: string;
            skillCardMarkdownPath?: string;
            skillMarkdownPath: string;
            slug: string;
            summary?: string;
            upstreamVersion?: string;
          }>;
        };
        sourceId?: Id<"githubSkillSources">;
      },
      any
    >;
    applyTestVerdictInternal: FunctionReference<
      "mutation",
      "internal",
      {
        confirm: string;
        externalId: string;
        now?: number;
        phase: "first-claim" | "native-followup";
        verdict: "pass" | "fail";
      },
      any
    >;
  };
  skillsShMirror: {
    cancelRunInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actor: string;
        confirm: string;
        reason: string;
        runId: Id<"skillsShMirrorRuns">;
      },
      any
    >;
    claimBatchLeaseInternal: FunctionReference<
      "mutation",
      "internal",
      {
        leaseToken: string;
        offset: number;
        page: number;
        runId: Id<"skillsShMirrorRuns">;
      },
      any
    >;
    configureInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actor: string;
        confirm: string;
        enabled: boolean;
        maxDetailBytes: number;
        maxRowsPerBatch: number;
        maxRowsPerRun: number;
        reason: string;
      },
      any
    >;
    getByExternalIdInternal: FunctionReference<
      "query",
      "internal",
      { externalId: string },
      any
    >;
    getClassificationStatesInternal: FunctionReference<
      "query",
      "internal",
      { externalIds: Array<string> },
      any
    >;
    getDetailByExternalIdInternal: FunctionReference<
      "query",
      "internal",
      { externalId: string },
      any
    >;
    getIsolationInternal: FunctionReference<"query", "internal", {}, any>;
    getReplayRowsInternal: FunctionReference<
      "query",
      "internal",
      { externalIds: Array<string> },
      any
    >;
    getRunInternal: FunctionReference<
      "query",
      "internal",
      { runId: Id<"skillsShMirrorRuns"> },
      any
    >;
    getSourceCaptureSummaryInternal: FunctionReference<
      "query",
      "internal",
      { snapshotHash: string },
      any
    >;
    getStatusInternal: FunctionReference<"query", "internal", {}, any>;
    getTrendingJoinStateInternal: FunctionReference<
      "query",
      "internal",
      { externalIds: Array<string> },
      any
    >;
    hydrateTrendingBatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        leaseToken: string;
        offset: number;
        page: number;
        rows: Array<
          | {
              canonicalRepoUrl?: string;
              detail?: {
                content: string;
                contentBytes: number;
                contentKind: "skill-md" | "readme";
                path: string;
                sourceBytes: number;
                sourceFileCount: number;
                truncated: boolean;
              };
              displayName: string;
              externalId: string;
              githubCommit?: string;
              githubPath?: string;
              inferredAt: number;
              inferredCategories: Array<string>;
              inferredCategoryConfidence: "high" | "medium" | "low";
              inferredClassifierVersion: string;
              inferredInputHash: string;
              inferredTopicClassifierVersion: string;
              inferredTopicConfidence: "high" | "medium" | "low";
              inferredTopicInputHash: string;
              inferredTopics: Array<string>;
              owner?: string;
              repo?: string;
              slug: string;
              sourceContentHash?: string;
              sourceHost?: string;
              sourceType: "github" | "well-known";
              sourceUrl: string;
              upstreamInstalls: number;
              upstreamScanners: {
                genAgentTrustHub: {
                  sourceCheckedAt?: string;
                  sourceUrl?: string;
                  status: string;
                };
                snyk: {
                  sourceCheckedAt?: string;
                  sourceUrl?: string;
                  status: string;
                };
                socket: {
                  sourceCheckedAt?: string;
                  sourceUrl?: string;
                  status: string;
                };
              };
              upstreamSourceType: string;
            }
          | {
              externalId: string;
              quarantined: true;
              reason: string;
              upstreamSourceType: string;
            }
        >;
        runId: Id<"skillsShMirrorRuns">;
        sourceBytes?: number;
        sourceRequests?: number;
      },
      any
    >;
    listActiveByCategoryInternal: FunctionReference<
      "query",
      "internal",
      {
        categorySlug: string;
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
      },
      any
    >;
    listActiveByNormalizedDisplayNameFirstTokenPrefixInternal: FunctionReference<
      "query",
      "internal",
      { limit: number; prefix: string },
      any
    >;
    listActiveByNormalizedDisplayNameInternal: FunctionReference<
      "query",
      "internal",
      { limit: number; value: string },
      any
    >;
    listActiveByNormalizedDisplayNamePrefixInternal: FunctionReference<
      "query",
      "internal",
      { limit: number; prefix: string },
      any
    >;
    listActiveByNormalizedSlugFirstTokenPrefixInternal: FunctionReference<
      "query",
      "internal",
      { limit: number; prefix: string },
      any
    >;
    listActiveByNormalizedSlugInternal: FunctionReference<
      "query",
      "internal",
      { limit: number; value: string },
      any
    >;
    listActiveByNormalizedSlugPrefixInternal: FunctionReference<
      "query",
      "internal",
      { limit: number; prefix: string },
      any
    >;
    listActiveByTopicInternal: FunctionReference<
      "query",
      "internal",
      {
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        topic: string;
      },
      any
    >;
    listActiveByUpstreamInstallsInternal: FunctionReference<
      "query",
      "internal",
      { limit: number },
      any
    >;
    listActiveGithubByOwnerInternal: FunctionReference<
      "query",
      "internal",
      {
        owner: string;
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
      },
      any
    >;
    listConflictsByRunInternal: FunctionReference<
      "query",
      "internal",
      { limit: number; runId: Id<"skillsShMirrorRuns"> },
      any
    >;
    listDetailsPageInternal: FunctionReference<
      "query",
      "internal",
      { cursor: string | null; limit: number },
      any
    >;
    listDigestsPageInternal: FunctionReference<
      "query",
      "internal",
      { cursor: string | null; limit: number },
      any
    >;
    listFacetsPageInternal: FunctionReference<
      "query",
      "internal",
      { cursor: string | null; limit: number },
      any
    >;
    processBatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        hasMore: boolean;
        leaseToken: string;
        offset: number;
        page: number;
        pageLength: number;
        rows: Array<
          | {
              canonicalRepoUrl?: string;
              detail?: {
                content: string;
                contentBytes: number;
                contentKind: "skill-md" | "readme";
                path: string;
                sourceBytes: number;
                sourceFileCount: number;
                truncated: boolean;
              };
              displayName: string;
              externalId: string;
              githubCommit?: string;
              githubPath?: string;
              inferredAt: number;
              inferredCategories: Array<string>;
              inferredCategoryConfidence: "high" | "medium" | "low";
              inferredClassifierVersion: string;
              inferredInputHash: string;
              inferredTopicClassifierVersion: string;
              inferredTopicConfidence: "high" | "medium" | "low";
              inferredTopicInputHash: string;
              inferredTopics: Array<string>;
              owner?: string;
              repo?: string;
              slug: string;
              sourceContentHash?: string;
              sourceHost?: string;
              sourceType: "github" | "well-known";
              sourceUrl: string;
              upstreamInstalls: number;
              upstreamScanners: {
                genAgentTrustHub: {
                  sourceCheckedAt?: string;
                  sourceUrl?: string;
                  status: string;
                };
                snyk: {
                  sourceCheckedAt?: string;
                  sourceUrl?: string;
                  status: string;
                };
                socket: {
                  sourceCheckedAt?: string;
                  sourceUrl?: string;
                  status: string;
                };
              };
              upstreamSourceType: string;
            }
          | {
              externalId: string;
              quarantined: true;
              reason: string;
              upstreamSourceType: string;
            }
        >;
        runId: Id<"skillsShMirrorRuns">;
        sourceBytes: number;
        sourceRequests: number;
        sourceTotal: number;
      },
      any
    >;
    processTrendingBatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        hasMore: boolean;
        leaseToken: string;
        offset: number;
        page: number;
        pageLength: number;
        rows: Array<{
          externalId: string;
          lifetimeInstalls: number;
          rank: number;
        }>;
        runId: Id<"skillsShMirrorRuns">;
        sourceTotal: number;
      },
      any
    >;
    reconcileBatchInternal: FunctionReference<
      "mutation",
      "internal",
      { limit: number; runId: Id<"skillsShMirrorRuns"> },
      any
    >;
    releaseBatchLeaseInternal: FunctionReference<
      "mutation",
      "internal",
      {
        leaseToken: string;
        offset: number;
        page: number;
        runId: Id<"skillsShMirrorRuns">;
      },
      any
    >;
    searchActiveBySearchTextInternal: FunctionReference<
      "query",
      "internal",
      { limit: number; query: string },
      any
    >;
    setPausedInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actor: string;
        confirm: string;
        paused: boolean;
        reason: string;
        runId: Id<"skillsShMirrorRuns">;
      },
      any
    >;
    startRunInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actor: string;
        reason: string;
        snapshotId: string;
        sourceCaptureWrites?: number;
        sourceDurationMs?: number;
        sourceMeasuredAt: string;
        sourcePageSize: number;
        sourceRequests?: number;
        sourceSnapshotHash?: string;
        sourceTotal: number;
        sourceView?: "leaderboard" | "trending";
      },
      any
    >;
    storeSourcePageInternal: FunctionReference<
      "mutation",
      "internal",
      {
        contentHash: string;
        hasMore: boolean;
        identityHash: string;
        page: number;
        pageLength: number;
        rows: Array<{
          id: string;
          installUrl: string | null;
          installs: number;
          name: string;
          slug: string;
          source: string;
          sourceType: string;
          url: string;
        }>;
        serializedBytes: number;
        snapshotHash: string;
        sourceBytes: number;
        sourceTotal: number;
        sourceView?: "leaderboard" | "trending";
      },
      any
    >;
  };
  skillsShMirrorVisibility: {
    auditInternal: FunctionReference<"action", "internal", {}, any>;
    beginActivationInternal: FunctionReference<
      "mutation",
      "internal",
      { actor: string; confirm: string; lockToken: string; reason: string },
      any
    >;
    beginDeactivationInternal: FunctionReference<
      "mutation",
      "internal",
      { actor: string; confirm: string; lockToken: string; reason: string },
      any
    >;
    beginNativeTrendingInternal: FunctionReference<
      "mutation",
      "internal",
      { actor: string; confirm: string; lockToken: string; reason: string },
      any
    >;
    deactivateAndMaterializeInternal: FunctionReference<
      "action",
      "internal",
      { actor: string; confirm: string; reason: string },
      any
    >;
    finalizeActivationInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actor: string;
        confirm: string;
        expectedSkillsShTrending: number;
        leaderboardRunId: Id<"skillsShMirrorRuns">;
        lockToken: string;
        nativePoolId: string;
        reason: string;
        snapshotId: string;
        trendingRunId: Id<"skillsShMirrorRuns">;
      },
      any
    >;
    getActivationPreflightInternal: FunctionReference<
      "query",
      "internal",
      {},
      any
    >;
    getAuditPageInternal: FunctionReference<
      "query",
      "internal",
      {
        leaderboardRunId?: Id<"skillsShMirrorRuns">;
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        trendingRunId?: Id<"skillsShMirrorRuns">;
      },
      any
    >;
    getConflictCountPageInternal: FunctionReference<
      "query",
      "internal",
      {
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        runId: Id<"skillsShMirrorRuns">;
      },
      any
    >;
    getVisibilityPageInternal: FunctionReference<
      "query",
      "internal",
      {
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
      },
      any
    >;
    prepareNativeTrendingInternal: FunctionReference<
      "action",
      "internal",
      { actor: string; confirm: string; reason: string },
      any
    >;
    reconcileEligibilityBatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        confirm: string;
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
      },
      any
    >;
    reconcileEligibilityInternal: FunctionReference<
      "action",
      "internal",
      { confirm: string },
      any
    >;
    releaseActivationInternal: FunctionReference<
      "mutation",
      "internal",
      { lockToken: string },
      any
    >;
    setPublicGateInternal: FunctionReference<
      "mutation",
      "internal",
      { actor: string; confirm: string; enabled: boolean; reason: string },
      any
    >;
    verifyAndActivateInternal: FunctionReference<
      "action",
      "internal",
      { actor: string; confirm: string; reason: string },
      any
    >;
  };
  skillsShPublicTestFixtures: {
    activateControlledExternalSkill: FunctionReference<
      "mutation",
      "internal",
      { confirm: "manage-claw-583-external-catalog-test-fixture" },
      any
    >;
    deactivateControlledExternalSkill: FunctionReference<
      "mutation",
      "internal",
      {
        confirm: "manage-claw-583-external-catalog-test-fixture";
        digestId?: Id<"skillsShMirrorDigests">;
        sourceSnapshotId?: string;
      },
      any
    >;
    prepareControlledExternalSkill: FunctionReference<
      "mutation",
      "internal",
      { confirm: "manage-claw-583-external-catalog-test-fixture" },
      any
    >;
    readControlledExternalSkill: FunctionReference<
      "query",
      "internal",
      { confirm: "manage-claw-583-external-catalog-test-fixture" },
      any
    >;
  };
  skillStatEvents: {
    applyAggregatedStatsAndUpdateCursor: FunctionReference<
      "mutation",
      "internal",
      {
        newCursor: number;
        skillDeltas: Array<{
          downloadEvents: Array<number>;
          downloads: number;
          installNewEvents: Array<number>;
          installsAllTime: number;
          installsCurrent: number;
          skillId: Id<"skills">;
          stars: number;
        }>;
      },
      any
    >;
    claimSkillStatDocSyncLeaseInternal: FunctionReference<
      "mutation",
      "internal",
      { leaseMs?: number },
      any
    >;
    countProcessedRecentSkillStatEventSurvivorPageInternal: FunctionReference<
      "query",
      "internal",
      {
        creationTimeLowerBound: number;
        cursor: string | null;
        pageSize?: number;
      },
      any
    >;
    countSkillStatEventImportSurvivorsInternal: FunctionReference<
      "action",
      "internal",
      {
        maxPages?: number;
        pageSize?: number;
        processedRecentCursor?: string | null;
        recentWindowMs?: number;
        unprocessedCursor?: string | null;
      },
      any
    >;
    countUnprocessedSkillStatEventSurvivorPageInternal: FunctionReference<
      "query",
      "internal",
      { cursor: string | null; pageSize?: number },
      any
    >;
    getSkillStatDocSyncStatusInternal: FunctionReference<
      "query",
      "internal",
      { sampleLimit?: number },
      any
    >;
    getStatEventCursor: FunctionReference<"query", "internal", {}, any>;
    getUnprocessedEventBatch: FunctionReference<
      "query",
      "internal",
      { cursorCreationTime?: number; limit?: number },
      any
    >;
    kickProcessedSkillStatEventPruneInternal: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        confirmationToken?: string;
        dryRun?: boolean;
        maxBatches?: number;
        maxProcessedAt?: number;
        minProcessedAt?: number;
        retentionDays?: number;
      },
      any
    >;
    kickSkillStatDocSyncInternal: FunctionReference<
      "mutation",
      "internal",
      { batchSize?: number; maxBatches?: number },
      any
    >;
    processSkillStatEventBatchInternal: FunctionReference<
      "mutation",
      "internal",
      { batchSize?: number; leaseOwner: string },
      any
    >;
    processSkillStatEventsAction: FunctionReference<
      "action",
      "internal",
      {},
      any
    >;
    processSkillStatEventsInternal: FunctionReference<
      "action",
      "internal",
      { batchSize?: number; maxBatches?: number; retryCount?: number },
      any
    >;
    pruneProcessedSkillStatEventBatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        confirmationToken?: string;
        cutoffProcessedAt: number;
        dryRun: boolean;
        maxProcessedAt?: number;
        minProcessedAt?: number;
      },
      any
    >;
    pruneProcessedSkillStatEventsInternal: FunctionReference<
      "action",
      "internal",
      {
        batchSize?: number;
        confirmationToken?: string;
        dryRun?: boolean;
        maxBatches?: number;
        maxProcessedAt?: number;
        minProcessedAt?: number;
        retentionDays?: number;
      },
      any
    >;
    releaseSkillStatDocSyncLeaseInternal: FunctionReference<
      "mutation",
      "internal",
      { error?: string; leaseOwner: string; processed?: number },
      any
    >;
  };
  skillTransfers: {
    acceptTransferInternal: FunctionReference<
      "mutation",
      "internal",
      { actorUserId: Id<"users">; transferId: Id<"skillOwnershipTransfers"> },
      any
    >;
    cancelTransferInternal: FunctionReference<
      "mutation",
      "internal",
      { actorUserId: Id<"users">; transferId: Id<"skillOwnershipTransfers"> },
      any
    >;
    getPendingTransferBySkillAndFromUserInternal: FunctionReference<
      "query",
      "internal",
      { fromUserId: Id<"users">; skillId: Id<"skills"> },
      any
    >;
    getPendingTransferBySkillAndUserInternal: FunctionReference<
      "query",
      "internal",
      { skillId: Id<"skills">; toUserId: Id<"users"> },
      any
    >;
    listIncomingInternal: FunctionReference<
      "query",
      "internal",
      { userId: Id<"users"> },
      any
    >;
    listOutgoingInternal: FunctionReference<
      "query",
      "internal",
      { userId: Id<"users"> },
      any
    >;
    rejectTransferInternal: FunctionReference<
      "mutation",
      "internal",
      { actorUserId: Id<"users">; transferId: Id<"skillOwnershipTransfers"> },
      any
    >;
    requestTransferInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        message?: string;
        skillId: Id<"skills">;
        toUserHandle: string;
      },
      any
    >;
  };
  stars: {
    addStarInternal: FunctionReference<
      "mutation",
      "internal",
      { skillId: Id<"skills">; userId: Id<"users"> },
      any
    >;
    removeStarInternal: FunctionReference<
      "mutation",
      "internal",
      { skillId: Id<"skills">; userId: Id<"users"> },
      any
    >;
  };
  statsMaintenance: {
    backfillPackageRecommendationScoresInternal: FunctionReference<
      "mutation",
      "internal",
      { batchSize?: number; cursor?: string; dryRun?: boolean },
      any
    >;
    backfillSkillDigestRecommendationScoresInternal: FunctionReference<
      "mutation",
      "internal",
      { batchSize?: number; cursor?: string; dryRun?: boolean },
      any
    >;
    backfillSkillStatFieldsInternal: FunctionReference<
      "mutation",
      "internal",
      { batchSize?: number; cursor?: string },
      any
    >;
    countPublicDigestPageInternal: FunctionReference<
      "query",
      "internal",
      { cursor?: string; pageSize?: number },
      any
    >;
    countPublicPackageDigestPageInternal: FunctionReference<
      "query",
      "internal",
      { cursor?: string; pageSize?: number },
      any
    >;
    getSkillStatBackfillStateInternal: FunctionReference<
      "query",
      "internal",
      {},
      any
    >;
    listExactNativeExternalIdsPageInternal: FunctionReference<
      "query",
      "internal",
      { cursor?: string; pageSize?: number },
      any
    >;
    listPublicExternalSkillIdsPageInternal: FunctionReference<
      "query",
      "internal",
      { cursor?: string; pageSize?: number },
      any
    >;
    reconcileSkillStarCounts: FunctionReference<
      "mutation",
      "internal",
      { batchSize?: number; cursor?: string },
      any
    >;
    runRecommendationScoreBackfillInternal: FunctionReference<
      "action",
      "internal",
      {
        batchSize?: number;
        dryRun?: boolean;
        maxBatches?: number;
        packageCursor?: string;
        packagesDone?: boolean;
        skillCursor?: string;
        skillsDone?: boolean;
      },
      any
    >;
    runReconcileSkillStarCountsInternal: FunctionReference<
      "action",
      "internal",
      { batchSize?: number; maxBatches?: number },
      any
    >;
    runSkillStatBackfillInternal: FunctionReference<
      "action",
      "internal",
      { batchSize?: number; maxBatches?: number; resetCursor?: boolean },
      any
    >;
    setSkillStatBackfillStateInternal: FunctionReference<
      "mutation",
      "internal",
      { cursor?: string; doneAt?: number },
      any
    >;
    updateGlobalStatsAction: FunctionReference<"action", "internal", {}, any>;
    writeGlobalStatsInternal: FunctionReference<
      "mutation",
      "internal",
      {
        activeExternalSkillsCount?: number;
        activePluginsCount?: number;
        activeSkillsCount?: number;
        count?: number;
      },
      any
    >;
  };
  telemetry: {
    clearUserTelemetryInternal: FunctionReference<
      "mutation",
      "internal",
      { clearStartedAt?: number; userId: Id<"users"> },
      any
    >;
    pruneInstallTelemetryDedupesInternal: FunctionReference<
      "mutation",
      "internal",
      {},
      any
    >;
    reportCliInstallInternal: FunctionReference<
      "mutation",
      "internal",
      {
        canonicalRef?: string;
        clawhubScan?: "unscanned" | "scanned";
        ownerHandle?: string;
        slug: string;
        sourceKind?: "skills-sh";
        sourcePath?: string;
        sourceRef?: string;
        sourceRepository?: string;
        sourceUrl?: string;
        trustLabel?: string;
        userId: Id<"users">;
        version?: string;
      },
      any
    >;
    reportCliLegacyInstallBatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        skills: Array<{ slug: string; version?: string }>;
        userId: Id<"users">;
      },
      any
    >;
    reportCliPluginInstallInternal: FunctionReference<
      "mutation",
      "internal",
      { packageName: string; userId: Id<"users">; version?: string },
      any
    >;
  };
  tokens: {
    getByHashInternal: FunctionReference<
      "query",
      "internal",
      { tokenHash: string },
      any
    >;
    getUserForTokenInternal: FunctionReference<
      "query",
      "internal",
      { tokenId: Id<"apiTokens"> },
      any
    >;
    touchInternal: FunctionReference<
      "mutation",
      "internal",
      { tokenId: Id<"apiTokens"> },
      any
    >;
  };
  uploads: {
    consumePackagePublishUploadTicketInternal: FunctionReference<
      "mutation",
      "internal",
      {
        auth:
          | { kind: "user"; userId: Id<"users"> }
          | {
              kind: "github-actions";
              publishTokenId: Id<"packagePublishTokens">;
            };
        storageId: Id<"_storage">;
        uploadTicket: Id<"packagePublishUploadTickets">;
      },
      any
    >;
    createPackagePublishUploadForTokenInternal: FunctionReference<
      "mutation",
      "internal",
      { publishTokenId: Id<"packagePublishTokens"> },
      any
    >;
    createPackagePublishUploadForUserInternal: FunctionReference<
      "mutation",
      "internal",
      { userId: Id<"users"> },
      any
    >;
  };
  users: {
    autobanMalwareAuthorInternal: FunctionReference<
      "mutation",
      "internal",
      {
        artifactKind?: "skill" | "plugin";
        artifactName?: string;
        ownerUserId: Id<"users">;
        sha256hash?: string;
        slug: string;
        trigger?: string;
      },
      any
    >;
    autobanPublisherAbuseOwnerInternal: FunctionReference<
      "mutation",
      "internal",
      {
        nominationId: Id<"publisherAbuseReviewNominations">;
        ownerUserId: Id<"users">;
        reason: string;
        scoreId: Id<"publisherAbuseScores">;
      },
      any
    >;
    banUserInternal: FunctionReference<
      "mutation",
      "internal",
      { actorUserId: Id<"users">; reason?: string; targetUserId: Id<"users"> },
      any
    >;
    ensurePublisherHandleInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        displayName?: string;
        handle: string;
        trusted?: boolean;
      },
      any
    >;
    getBanAppealContextByGitHubProviderAccountIdInternal: FunctionReference<
      "query",
      "internal",
      { providerAccountId: string },
      any
    >;
    getByHandleInternal: FunctionReference<
      "query",
      "internal",
      { handle: string },
      any
    >;
    getByIdInternal: FunctionReference<
      "query",
      "internal",
      { userId: Id<"users"> },
      any
    >;
    getReservedHandleInternal: FunctionReference<
      "query",
      "internal",
      { handle: string },
      any
    >;
    liftModerationHoldInternal: FunctionReference<
      "mutation",
      "internal",
      { actorUserId: Id<"users">; reason?: string; targetUserId: Id<"users"> },
      any
    >;
    placeUserUnderModerationInternal: FunctionReference<
      "mutation",
      "internal",
      { ownerUserId: Id<"users">; reason: string; slug: string },
      any
    >;
    purgeSelfDeletedAccountRecoveryBatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        cursor?: string;
        dryRun?: boolean;
        limit?: number;
        mode?: "deactivated" | "legacyDeleted";
      },
      any
    >;
    reclassifyBanInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        dryRun?: boolean;
        reason: string;
        targetUserId: Id<"users">;
      },
      any
    >;
    recordMaliciousArtifactFindingInternal: FunctionReference<
      "mutation",
      "internal",
      {
        artifactKind: "skill" | "plugin";
        artifactName: string;
        findingSummary?: string;
        ownerUserId: Id<"users">;
        sha256hash?: string;
        trigger?: string;
        version?: string;
      },
      any
    >;
    recordStaffEmailAttemptAuditInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        recipientHandle?: string;
        recipientUserId?: Id<"users">;
        subject: string;
        template?: string;
        toEmail: string;
      },
      any
    >;
    recordStaffEmailSentAuditInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        auditLogId: Id<"auditLogs">;
        providerId?: string | null;
      },
      any
    >;
    reserveHandleInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        handle: string;
        reason?: string;
        rightfulOwnerUserId: Id<"users">;
      },
      any
    >;
    searchInternal: FunctionReference<
      "query",
      "internal",
      { actorUserId: Id<"users">; limit?: number; query?: string },
      any
    >;
    setGitHubCreatedAtInternal: FunctionReference<
      "mutation",
      "internal",
      { githubCreatedAt: number; userId: Id<"users"> },
      any
    >;
    setRoleInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: Id<"users">;
        role: "admin" | "moderator" | "user";
        targetUserId: Id<"users">;
      },
      any
    >;
    setTrustedPublisherInternal: FunctionReference<
      "mutation",
      "internal",
      { actorUserId: Id<"users">; targetUserId: Id<"users">; trusted: boolean },
      any
    >;
    syncGitHubProfileAction: FunctionReference<
      "action",
      "internal",
      { userId: Id<"users"> },
      any
    >;
    syncGitHubProfileInternal: FunctionReference<
      "mutation",
      "internal",
      {
        image?: string;
        name: string;
        profileName?: string;
        syncedAt: number;
        userId: Id<"users">;
      },
      any
    >;
    unbanUserForBanAppealServiceInternal: FunctionReference<
      "mutation",
      "internal",
      { reason?: string; reviewerDiscordId: string; targetUserId: Id<"users"> },
      any
    >;
    unbanUserInternal: FunctionReference<
      "mutation",
      "internal",
      { actorUserId: Id<"users">; reason?: string; targetUserId: Id<"users"> },
      any
    >;
    upsertDevPersonaInternal: FunctionReference<
      "mutation",
      "internal",
      {
        devAuthSecret?: string;
        persona:
          "owner" | "user" | "admin" | "officialOrgMember" | "abusePublisher";
      },
      any
    >;
  };
  vt: {
    backfillActiveSkillsVTCache: FunctionReference<
      "action",
      "internal",
      { batchSize?: number },
      any
    >;
    backfillPendingScans: FunctionReference<
      "action",
      "internal",
      { triggerRescans?: boolean },
      any
    >;
    fetchResults: FunctionReference<
      "action",
      "internal",
      { sha256hash?: string },
      any
    >;
    fixNullModerationReasons: FunctionReference<
      "action",
      "internal",
      { batchSize?: number },
      any
    >;
    fixNullModerationStatus: FunctionReference<
      "action",
      "internal",
      { batchSize?: number },
      any
    >;
    logScanResultInternal: FunctionReference<
      "mutation",
      "internal",
      {
        durationMs: number;
        errors: number;
        flaggedSkills?: Array<{ slug: string; status: string }>;
        total: number;
        type: "daily_rescan" | "backfill" | "pending_poll";
        unchanged: number;
        updated: number;
      },
      any
    >;
    pollPackageReleaseScanResults: FunctionReference<
      "action",
      "internal",
      { attempt?: number; releaseId: Id<"packageReleases"> },
      any
    >;
    pollPendingScans: FunctionReference<
      "action",
      "internal",
      { batchSize?: number },
      any
    >;
    repairPendingSkillVtAnalysis: FunctionReference<
      "action",
      "internal",
      {
        batchSize?: number;
        concurrency?: number;
        cursor?: string | null;
        dryRun: boolean;
      },
      any
    >;
    rescanActiveSkills: FunctionReference<
      "action",
      "internal",
      {
        accErrors?: number;
        accFlaggedSkills?: Array<{ slug: string; status: string }>;
        accTotal?: number;
        accUnchanged?: number;
        accUpdated?: number;
        batchSize?: number;
        cursor?: number;
        startTime?: number;
      },
      any
    >;
    scanLegacySkills: FunctionReference<
      "action",
      "internal",
      { batchSize?: number },
      any
    >;
    scanPackageReleaseWithVirusTotal: FunctionReference<
      "action",
      "internal",
      { attempt?: number; releaseId: Id<"packageReleases"> },
      any
    >;
    scanUnscannedSkills: FunctionReference<
      "action",
      "internal",
      { batchSize?: number },
      any
    >;
    scanWithVirusTotal: FunctionReference<
      "action",
      "internal",
      { versionId: Id<"skillVersions"> },
      any
    >;
    syncModerationReasons: FunctionReference<
      "action",
      "internal",
      { batchSize?: number },
      any
    >;
  };
  webhooks: {
    sendDiscordWebhook: FunctionReference<
      "action",
      "internal",
      {
        event: "skill.publish" | "skill.highlighted";
        skill: {
          displayName: string;
          highlighted?: boolean;
          ownerHandle?: string;
          slug: string;
          summary?: string;
          tags?: Array<string>;
          version?: string;
        };
      },
      any
    >;
  };
};

export declare const components: {
  migrations: import("@convex-dev/migrations/_generated/component.js").ComponentApi<"migrations">;
  rateLimiter: import("@convex-dev/rate-limiter/_generated/component.js").ComponentApi<"rateLimiter">;
};
