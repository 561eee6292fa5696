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
  authQueries: {
    joinCohort: FunctionReference<
      "mutation",
      "public",
      { clerkUserId: string; cohortId: Id<"cohort"> },
      any
    >;
    switchCohort: FunctionReference<
      "mutation",
      "public",
      { cohortId: Id<"cohort"> },
      any
    >;
  };
  badges: {
    getCohortBadgeBoard: FunctionReference<"query", "public", {}, any>;
    getNextUnseenBadgeAwardForViewer: FunctionReference<
      "query",
      "public",
      {},
      any
    >;
    listBadgeCatalogForViewer: FunctionReference<"query", "public", {}, any>;
    listBadgeRulesForBadge: FunctionReference<
      "query",
      "public",
      { badgeDefinitionId: Id<"badgeDefinitions"> },
      any
    >;
    listBadgesForViewer: FunctionReference<"query", "public", {}, any>;
    markBadgeAwardSeen: FunctionReference<
      "mutation",
      "public",
      { awardId: Id<"userBadgeAwards"> },
      any
    >;
    upsertBadgeDefinition: FunctionReference<
      "mutation",
      "public",
      {
        badgeId?: Id<"badgeDefinitions">;
        classId?: Id<"class">;
        cohortId?: Id<"cohort">;
        description: string;
        eligibility: string;
        gradient: { from: string; mid: string; to: string };
        iconColor: string;
        iconKey: string;
        isActive?: boolean;
        issuerName: string;
        issuerType: "platform" | "cohort";
        issuerUrl?: string;
        key: string;
        name: string;
        ownedPct: number;
        scopeLabel: string;
        scopeType: "global" | "cohort" | "class";
        seasonLabel?: string;
      },
      any
    >;
    upsertBadgeRule: FunctionReference<
      "mutation",
      "public",
      {
        allOf: Array<{
          metric:
            | "questions_interacted"
            | "questions_mastered"
            | "questions_flagged"
            | "early_interactions"
            | "late_interactions"
            | "questions_created"
            | "large_quizzes_submitted"
            | "weekend_warrior_weeks"
            | "streak_current_days"
            | "streak_best_days";
          op: "gte" | "gt" | "eq" | "lte" | "lt";
          value: number;
        }>;
        badgeDefinitionId: Id<"badgeDefinitions">;
        isActive?: boolean;
        name?: string;
        ruleId?: Id<"badgeRules">;
      },
      any
    >;
  };
  chunkContent: {
    bulkCreateChunks: FunctionReference<
      "mutation",
      "public",
      {
        chunks: Array<{
          chunk_type: string;
          content: string;
          keywords: Array<string>;
          summary: string;
          title: string;
        }>;
        documentId: Id<"contentLib">;
      },
      any
    >;
    deleteChunkContent: FunctionReference<
      "mutation",
      "public",
      { chunkId: Id<"chunkContent">; documentId: Id<"contentLib"> },
      any
    >;
    getChunkByDocumentId: FunctionReference<
      "query",
      "public",
      { documentId: Id<"contentLib"> },
      any
    >;
    insertChunkContent: FunctionReference<
      "mutation",
      "public",
      {
        chunk_type: string;
        content: string;
        documentId: Id<"contentLib">;
        keywords: Array<string>;
        metadata?: {};
        summary: string;
        title: string;
        updatedAt: number;
      },
      any
    >;
    processDocumentAndCreateChunks: FunctionReference<
      "mutation",
      "public",
      { documentId: Id<"contentLib">; material: string },
      any
    >;
    processMultipleChunks: FunctionReference<
      "mutation",
      "public",
      { documentId: Id<"contentLib">; materials: Array<string> },
      any
    >;
    processPdfUrlAndCreateChunks: FunctionReference<
      "mutation",
      "public",
      { documentId: Id<"contentLib">; fileKey?: string; pdfUrl: string },
      any
    >;
    updateChunkContent: FunctionReference<
      "mutation",
      "public",
      {
        chunkId: Id<"chunkContent">;
        chunk_type: string;
        content: string;
        documentId: Id<"contentLib">;
        keywords: Array<string>;
        metadata?: {};
        summary: string;
        title: string;
      },
      any
    >;
  };
  class: {
    deleteClass: FunctionReference<
      "mutation",
      "public",
      { classId: Id<"class">; cohortId: Id<"cohort"> },
      any
    >;
    getAllClasses: FunctionReference<"query", "public", {}, any>;
    getClassById: FunctionReference<
      "query",
      "public",
      { id: Id<"class"> },
      any
    >;
    getClassContentCounts: FunctionReference<
      "query",
      "public",
      { classId: Id<"class"> },
      any
    >;
    getUserClasses: FunctionReference<
      "query",
      "public",
      { id: Id<"cohort"> },
      any
    >;
    insertClass: FunctionReference<
      "mutation",
      "public",
      {
        cardTheme?: {
          base: string;
          dark: string;
          light: string;
          patternAngle?: number;
          patternVariant?: "stripes" | "blobs" | "bands";
        };
        code: string;
        cohortId: Id<"cohort">;
        description: string;
        metadata: {};
        name: string;
        order: number;
        semesterId: Id<"semester">;
        updatedAt: number;
      },
      any
    >;
    searchClassesByCohort: FunctionReference<
      "query",
      "public",
      { cohortId: Id<"cohort">; limit?: number; query: string },
      any
    >;
    updateClass: FunctionReference<
      "mutation",
      "public",
      {
        cardTheme?: {
          base: string;
          dark: string;
          light: string;
          patternAngle?: number;
          patternVariant?: "stripes" | "blobs" | "bands";
        };
        classId: Id<"class">;
        code: string;
        cohortId: Id<"cohort">;
        description: string;
        name: string;
        semesterId: Id<"semester">;
      },
      any
    >;
    updateClassOrder: FunctionReference<
      "mutation",
      "public",
      { classId: Id<"class">; cohortId: Id<"cohort">; newOrder: number },
      any
    >;
  };
  cohort: {
    createCohort: FunctionReference<
      "mutation",
      "public",
      {
        classCode?: string;
        description?: string;
        endYear: string;
        metadata: {};
        name: string;
        schoolId: Id<"school">;
        startYear: string;
        updatedAt: number;
      },
      any
    >;
    deleteCohort: FunctionReference<
      "mutation",
      "public",
      { cohortId: Id<"cohort"> },
      any
    >;
    joinCohort: FunctionReference<
      "mutation",
      "public",
      { clerkUserId: string; cohortId: Id<"cohort"> },
      any
    >;
    listCohortsWithSchools: FunctionReference<"query", "public", {}, any>;
    validateCohortCode: FunctionReference<
      "action",
      "public",
      { code: string },
      any
    >;
  };
  contentLib: {
    deleteDocument: FunctionReference<
      "mutation",
      "public",
      { cohortId: Id<"cohort">; documentId: Id<"contentLib"> },
      any
    >;
    getContentLibByCohort: FunctionReference<
      "query",
      "public",
      { cohortId: Id<"cohort"> },
      any
    >;
    insertDocument: FunctionReference<
      "mutation",
      "public",
      {
        cohortId: Id<"cohort">;
        description?: string;
        metadata?: {
          originalFileName?: string;
          sizeBytes?: number;
          uploadthingKey?: string;
          uploadthingUrl?: string;
        };
        title: string;
      },
      any
    >;
    updateDocument: FunctionReference<
      "mutation",
      "public",
      {
        cohortId: Id<"cohort">;
        description?: string;
        documentId: Id<"contentLib">;
        title: string;
      },
      any
    >;
  };
  curatorAnalytics: {
    getModuleOverviewAnalytics: FunctionReference<
      "query",
      "public",
      {
        cohortId: Id<"cohort">;
        flagLimit?: number;
        moduleId: Id<"module">;
        participantsLimit?: number;
        recentLimit?: number;
      },
      any
    >;
    getModuleQuestionAnalyticsPage: FunctionReference<
      "query",
      "public",
      {
        cohortId: Id<"cohort">;
        moduleId: Id<"module">;
        pageOffset?: number;
        pageSize?: number;
      },
      any
    >;
    getModuleSelectorOptions: FunctionReference<
      "query",
      "public",
      {
        classId?: Id<"class">;
        cohortId: Id<"cohort">;
        semesterId?: Id<"semester">;
      },
      any
    >;
  };
  customQuiz: {
    createCustomQuizAttempt: FunctionReference<
      "mutation",
      "public",
      {
        classId: Id<"class">;
        moduleIds: Array<Id<"module">>;
        passThresholdPct: number;
        questionCount: number;
        questionTypes?: Array<string>;
        shuffleOptions: boolean;
        shuffleQuestions: boolean;
        sourceFilter: "all" | "flagged" | "incomplete";
        timeLimitSec?: number;
      },
      any
    >;
    getAttemptResults: FunctionReference<
      "query",
      "public",
      { attemptId: Id<"quizAttempts"> },
      any
    >;
    getAttemptRunnerBundle: FunctionReference<
      "query",
      "public",
      { attemptId: Id<"quizAttempts"> },
      any
    >;
    getClassQuizBuilderData: FunctionReference<
      "query",
      "public",
      { classId: Id<"class"> },
      any
    >;
    getEligibleQuestionPoolSummary: FunctionReference<
      "query",
      "public",
      {
        classId: Id<"class">;
        moduleIds: Array<Id<"module">>;
        questionTypes?: Array<string>;
        sourceFilter: "all" | "flagged" | "incomplete";
      },
      any
    >;
    getUserAttemptsForClass: FunctionReference<
      "query",
      "public",
      { classId: Id<"class"> },
      any
    >;
    heartbeatAttempt: FunctionReference<
      "mutation",
      "public",
      { attemptId: Id<"quizAttempts">; elapsedMs: number },
      any
    >;
    patchAttemptResponses: FunctionReference<
      "mutation",
      "public",
      {
        attemptId: Id<"quizAttempts">;
        changes: Array<{
          isFlagged?: boolean;
          itemId: Id<"quizAttemptItems">;
          markVisited?: boolean;
          selectedOptions?: Array<string>;
          textResponse?: string;
          timeSpentDeltaMs?: number;
        }>;
        elapsedMs?: number;
      },
      any
    >;
    submitAttempt: FunctionReference<
      "mutation",
      "public",
      { attemptId: Id<"quizAttempts">; elapsedMs?: number },
      any
    >;
  };
  featureAnnouncements: {
    getCurrentForViewer: FunctionReference<"query", "public", {}, any>;
    markSeen: FunctionReference<
      "mutation",
      "public",
      { announcementId: string },
      any
    >;
  };
  gradeCalculator: {
    addCourseEntryDraft: FunctionReference<
      "mutation",
      "public",
      {
        courseId: Id<"gradeCalculatorCourses">;
        entry: {
          aggregation: "single" | "set" | "running_total";
          category:
            | "assignment"
            | "quiz"
            | "exam"
            | "project"
            | "lab"
            | "attendance"
            | "participation"
            | "custom";
          contributionType?: "standard" | "bonus";
          dropLowestCount?: number;
          id: string;
          inputType:
            "points" | "percentage" | "attendance" | "pass_fail" | "letter";
          instanceLabels?: Array<string>;
          instancePoints?: Array<number>;
          instances?: Array<{
            id: string;
            label: string;
            note?: string;
            pointsPossible?: number;
          }>;
          metadata?: {};
          name: string;
          pointsPossible?: number;
          quantity?: number;
          required: boolean;
          rules?: {
            attendanceValuePerSession?: number;
            bonusCap?: number;
            bonusTargetEntryId?: string;
            notes?: string;
            replacementCondition?: "if_higher" | "always";
            replacementSourceEntryIds?: Array<string>;
          };
          shortLabel?: string;
          slug: string;
          weight?: number;
        };
      },
      any
    >;
    createCourseDraft: FunctionReference<
      "mutation",
      "public",
      {
        code?: string;
        description?: string;
        entries?: Array<{
          aggregation: "single" | "set" | "running_total";
          category:
            | "assignment"
            | "quiz"
            | "exam"
            | "project"
            | "lab"
            | "attendance"
            | "participation"
            | "custom";
          contributionType?: "standard" | "bonus";
          dropLowestCount?: number;
          id: string;
          inputType:
            "points" | "percentage" | "attendance" | "pass_fail" | "letter";
          instanceLabels?: Array<string>;
          instancePoints?: Array<number>;
          instances?: Array<{
            id: string;
            label: string;
            note?: string;
            pointsPossible?: number;
          }>;
          metadata?: {};
          name: string;
          pointsPossible?: number;
          quantity?: number;
          required: boolean;
          rules?: {
            attendanceValuePerSession?: number;
            bonusCap?: number;
            bonusTargetEntryId?: string;
            notes?: string;
            replacementCondition?: "if_higher" | "always";
            replacementSourceEntryIds?: Array<string>;
          };
          shortLabel?: string;
          slug: string;
          weight?: number;
        }>;
        institution?: string;
        instructor?: string;
        name: string;
        rulesetId?: Id<"gradeCalculatorRulesets">;
        sourceDocument?: string;
        status?: "draft" | "active" | "archived";
        termLabel?: string;
      },
      any
    >;
    createRulesetDraft: FunctionReference<
      "mutation",
      "public",
      {
        calculationMode?: "points" | "weighted" | "percentage" | "hybrid";
        description?: string;
        gradeBands?: Array<{
          colorHint?: string;
          id: string;
          label: string;
          maxPercentage?: number;
          minPercentage: number;
        }>;
        name: string;
        passingPercentage?: number;
        roundingStrategy?:
          "none" | "nearest_hundredth" | "nearest_tenth" | "nearest_whole";
        status?: "draft" | "active" | "archived";
      },
      any
    >;
    getScaffoldOverview: FunctionReference<"query", "public", {}, any>;
    seedInitialCatalogDrafts: FunctionReference<"mutation", "public", {}, any>;
  };
  migrations: {
    backfillAllCohortsStats: FunctionReference<"mutation", "public", {}, any>;
    backfillAllFlagCounts: FunctionReference<"mutation", "public", {}, any>;
    backfillAttemptItemRationales: FunctionReference<
      "mutation",
      "public",
      { batchSize?: number; cursor?: string },
      any
    >;
    backfillCohortStats: FunctionReference<
      "mutation",
      "public",
      { cohortId: Id<"cohort"> },
      any
    >;
    backfillFlagCounts: FunctionReference<
      "mutation",
      "public",
      { batchSize?: number; cursor?: string },
      any
    >;
    backfillUserProgressStats: FunctionReference<
      "mutation",
      "public",
      { batchSize?: number; cohortId: Id<"cohort">; cursor?: string },
      any
    >;
    bootstrapAdmin: FunctionReference<
      "mutation",
      "public",
      { clerkUserId: string },
      any
    >;
    bootstrapDev: FunctionReference<
      "mutation",
      "public",
      { clerkUserId: string },
      any
    >;
    clearPlanField: FunctionReference<
      "mutation",
      "public",
      { batchSize?: number; cursor?: string },
      any
    >;
    findClassByName: FunctionReference<
      "query",
      "public",
      { search?: string },
      any
    >;
    findCohortByName: FunctionReference<
      "query",
      "public",
      { search?: string },
      any
    >;
    getAllCohortsStatus: FunctionReference<"query", "public", {}, any>;
    getNextCohortForUserBackfill: FunctionReference<"query", "public", {}, any>;
    getStats: FunctionReference<
      "query",
      "public",
      { cursor?: string; type?: "questions" | "progress" },
      any
    >;
    resetFlagCounts: FunctionReference<"mutation", "public", {}, any>;
    updateQuestionAuthorForClass: FunctionReference<
      "mutation",
      "public",
      { classId: Id<"class">; firstName: string; lastName: string },
      any
    >;
  };
  module: {
    backfillModuleCohortIds: FunctionReference<"mutation", "public", {}, any>;
    backfillQuestionCounts: FunctionReference<"mutation", "public", {}, any>;
    deleteModule: FunctionReference<
      "mutation",
      "public",
      { classId: Id<"class">; moduleId: Id<"module"> },
      any
    >;
    getAdminModule: FunctionReference<
      "query",
      "public",
      { id: Id<"class"> },
      any
    >;
    getAdminModulesWithQuestionCounts: FunctionReference<
      "query",
      "public",
      { classId: Id<"class"> },
      any
    >;
    getAllModules: FunctionReference<"query", "public", {}, any>;
    getClassModules: FunctionReference<
      "query",
      "public",
      { id: Id<"class"> },
      any
    >;
    getModuleById: FunctionReference<
      "query",
      "public",
      { id: Id<"module"> },
      any
    >;
    getModuleQuestionCount: FunctionReference<
      "query",
      "public",
      { moduleId: Id<"module"> },
      any
    >;
    insertModule: FunctionReference<
      "mutation",
      "public",
      {
        classId: Id<"class">;
        description: string;
        emoji?: string;
        metadata: {};
        order: number;
        status: string;
        title: string;
        updatedAt: number;
      },
      any
    >;
    searchModulesByCohort: FunctionReference<
      "query",
      "public",
      { cohortId: Id<"cohort">; limit?: number; query: string },
      any
    >;
    updateModule: FunctionReference<
      "mutation",
      "public",
      {
        classId: Id<"class">;
        description: string;
        emoji?: string;
        moduleId: Id<"module">;
        status: string;
        title: string;
      },
      any
    >;
    updateModuleOrder: FunctionReference<
      "mutation",
      "public",
      { classId: Id<"class">; moduleId: Id<"module">; newOrder: number },
      any
    >;
  };
  ogRateLimit: {
    checkOgRateLimit: FunctionReference<
      "mutation",
      "public",
      { key: string },
      any
    >;
  };
  pdfJobs: {
    createJob: FunctionReference<
      "mutation",
      "public",
      { documentId: Id<"contentLib">; fileKey?: string; pdfUrl: string },
      any
    >;
    getJobByDocumentId: FunctionReference<
      "query",
      "public",
      { documentId: Id<"contentLib"> },
      any
    >;
    retryJob: FunctionReference<
      "mutation",
      "public",
      { jobId: Id<"pdfProcessingJobs"> },
      any
    >;
  };
  polar: {
    cancelCurrentSubscription: FunctionReference<
      "action",
      "public",
      { revokeImmediately?: boolean },
      any
    >;
    changeCurrentSubscription: FunctionReference<
      "action",
      "public",
      { productId: string },
      any
    >;
    generateCheckoutLink: FunctionReference<
      "action",
      "public",
      {
        origin: string;
        productIds: Array<string>;
        subscriptionId?: string;
        successUrl: string;
      },
      { url: string }
    >;
    generateCustomerPortalUrl: FunctionReference<
      "action",
      "public",
      {},
      { url: string }
    >;
    getConfiguredProducts: FunctionReference<"query", "public", {}, any>;
    getCurrentSubscription: FunctionReference<"query", "public", {}, any>;
    getCurrentUserWithSubscription: FunctionReference<
      "query",
      "public",
      {},
      any
    >;
    getUserInfo: FunctionReference<"query", "public", {}, any>;
    getUserWithSubscriptionByClerkId: FunctionReference<
      "query",
      "public",
      { clerkUserId: string },
      any
    >;
    getUserWithSubscriptionById: FunctionReference<
      "query",
      "public",
      { userId: Id<"users"> },
      any
    >;
    listAllProducts: FunctionReference<"query", "public", {}, any>;
    syncProducts: FunctionReference<"action", "public", {}, any>;
  };
  progress: {
    getCohortProgressStats: FunctionReference<
      "query",
      "public",
      { cohortId: Id<"cohort"> },
      any
    >;
    getModuleCompletionStats: FunctionReference<
      "query",
      "public",
      {
        cohortId: Id<"cohort">;
        limit?: number;
        offset?: number;
        semesterId?: Id<"semester">;
      },
      any
    >;
    getRecentModuleActivity: FunctionReference<
      "query",
      "public",
      { limit?: number },
      any
    >;
    getRecentModulesProgress: FunctionReference<
      "query",
      "public",
      { moduleIds: Array<Id<"module">> },
      any
    >;
    getSemestersForCohort: FunctionReference<
      "query",
      "public",
      { cohortId: Id<"cohort"> },
      any
    >;
    getStudentCountByCohort: FunctionReference<
      "query",
      "public",
      { cohortId: Id<"cohort"> },
      any
    >;
    getStudentsByCohort: FunctionReference<
      "query",
      "public",
      { cohortId: Id<"cohort"> },
      any
    >;
    getStudentsWithProgress: FunctionReference<
      "query",
      "public",
      { cohortId: Id<"cohort">; includeSubscription?: boolean },
      any
    >;
    getTopFlaggedQuestions: FunctionReference<
      "query",
      "public",
      { cohortId: Id<"cohort">; limit?: number; semesterId?: Id<"semester"> },
      any
    >;
    getUserModuleStats: FunctionReference<
      "query",
      "public",
      {
        cohortId: Id<"cohort">;
        semesterId?: Id<"semester">;
        userId: Id<"users">;
      },
      any
    >;
  };
  publicQueries: {
    getModuleMetadata: FunctionReference<
      "query",
      "public",
      { id: Id<"module"> },
      any
    >;
  };
  question: {
    backfillQuestionRationales: FunctionReference<
      "mutation",
      "public",
      { batchSize?: number; cursor?: string },
      any
    >;
    backfillQuestionSearchTextForModule: FunctionReference<
      "mutation",
      "public",
      { moduleId: Id<"module"> },
      any
    >;
    backfillSearchTextForAllModules: FunctionReference<
      "mutation",
      "public",
      {},
      any
    >;
    bulkDeleteQuestions: FunctionReference<
      "mutation",
      "public",
      { moduleId: Id<"module">; questionIds: Array<Id<"question">> },
      any
    >;
    bulkInsertQuestions: FunctionReference<
      "mutation",
      "public",
      {
        moduleId: Id<"module">;
        questions: Array<{
          aiGenerated: boolean;
          correctAnswers: Array<string>;
          explanation?: string;
          metadata: {
            generation?: {
              customPromptUsed: boolean;
              focus: string;
              model: string;
            };
          };
          options: Array<{ text: string }>;
          order: number;
          rationale?: string;
          status: string;
          stem: string;
          type: string;
          updatedAt: number;
        }>;
      },
      any
    >;
    createQuestion: FunctionReference<
      "mutation",
      "public",
      {
        aiGenerated: boolean;
        correctAnswers: Array<string>;
        explanation?: string;
        metadata: {
          generation?: {
            customPromptUsed: boolean;
            focus: string;
            model: string;
          };
        };
        moduleId: Id<"module">;
        options: Array<{ id: string; text: string }>;
        order: number;
        rationale?: string;
        status: string;
        stem: string;
        type: string;
        updatedAt: number;
      },
      any
    >;
    deleteQuestion: FunctionReference<
      "mutation",
      "public",
      { moduleId: Id<"module">; questionId: Id<"question"> },
      any
    >;
    duplicateQuestion: FunctionReference<
      "mutation",
      "public",
      { questionId: Id<"question"> },
      any
    >;
    duplicateQuestionMany: FunctionReference<
      "mutation",
      "public",
      { count: number; questionId: Id<"question"> },
      any
    >;
    generateDistractorsAndRationale: FunctionReference<
      "action",
      "public",
      {
        correctAnswers: Array<string>;
        existingOptions?: Array<string>;
        existingRationale?: string;
        focus: string;
        model?: string;
        numDistractors?: number;
        stem: string;
      },
      any
    >;
    generateQuestions: FunctionReference<
      "action",
      "public",
      {
        customPrompt?: string;
        focus: string;
        material: string;
        model: string;
        numQuestions: number;
      },
      any
    >;
    generateRationale: FunctionReference<
      "action",
      "public",
      {
        answer: string;
        existingRationale?: string;
        focus: string;
        model?: string;
        stem: string;
      },
      any
    >;
    getAllQuestions: FunctionReference<"query", "public", {}, any>;
    getFirstQuestionInModule: FunctionReference<
      "query",
      "public",
      { id: Id<"module"> },
      any
    >;
    getQuestionsByModule: FunctionReference<
      "query",
      "public",
      { id: Id<"module"> },
      any
    >;
    getQuestionsByModuleAdmin: FunctionReference<
      "query",
      "public",
      { id: Id<"module"> },
      any
    >;
    insertQuestion: FunctionReference<
      "mutation",
      "public",
      {
        aiGenerated: boolean;
        correctAnswers: Array<string>;
        createdBy?: { firstName: string; lastName: string };
        explanation?: string;
        metadata: {
          generation?: {
            customPromptUsed: boolean;
            focus: string;
            model: string;
          };
        };
        moduleId: Id<"module">;
        options: Array<{ text: string }>;
        order: number;
        rationale?: string;
        status: string;
        stem: string;
        type: string;
        updatedAt: number;
      },
      any
    >;
    moveQuestionsToModule: FunctionReference<
      "mutation",
      "public",
      {
        questionIds: Array<Id<"question">>;
        sourceModuleId: Id<"module">;
        targetModuleId: Id<"module">;
      },
      any
    >;
    repairMatchingPairsForModule: FunctionReference<
      "mutation",
      "public",
      { moduleId: Id<"module"> },
      any
    >;
    searchQuestionsByModuleAdmin: FunctionReference<
      "query",
      "public",
      { id: Id<"module">; limit?: number; query: string; sort?: string },
      any
    >;
    updateQuestion: FunctionReference<
      "mutation",
      "public",
      {
        correctAnswers: Array<string>;
        explanation?: string;
        moduleId: Id<"module">;
        options: Array<{ id?: string; text: string }>;
        questionId: Id<"question">;
        rationale?: string;
        status: string;
        stem: string;
        type: string;
      },
      any
    >;
    updateQuestionOrder: FunctionReference<
      "mutation",
      "public",
      { moduleId: Id<"module">; newOrder: number; questionId: Id<"question"> },
      any
    >;
  };
  questionMedia: {
    create: FunctionReference<
      "mutation",
      "public",
      {
        altText: string;
        caption?: string;
        mediaType: string;
        metadata?: {
          originalFileName?: string;
          sizeBytes?: number;
          uploadthingKey?: string;
        };
        mimeType: string;
        order?: number;
        questionId: Id<"question">;
        showOnSolution?: boolean;
        url: string;
      },
      any
    >;
    getByQuestionId: FunctionReference<
      "query",
      "public",
      { questionId: Id<"question"> },
      any
    >;
    getByQuestionIds: FunctionReference<
      "query",
      "public",
      { questionIds: Array<Id<"question">> },
      any
    >;
    softDelete: FunctionReference<
      "mutation",
      "public",
      { mediaId: Id<"questionMedia"> },
      any
    >;
    update: FunctionReference<
      "mutation",
      "public",
      {
        altText?: string;
        caption?: string;
        mediaId: Id<"questionMedia">;
        order?: number;
        showOnSolution?: boolean;
      },
      any
    >;
  };
  school: {
    createSchool: FunctionReference<
      "mutation",
      "public",
      { description: string; metadata: {}; name: string; updatedAt: number },
      any
    >;
    deleteSchool: FunctionReference<
      "mutation",
      "public",
      { schoolId: Id<"school"> },
      any
    >;
    getSchoolById: FunctionReference<
      "query",
      "public",
      { id: Id<"school"> },
      any
    >;
  };
  semester: {
    createSemester: FunctionReference<
      "mutation",
      "public",
      { description?: string; metadata: {}; name: string; updatedAt: number },
      any
    >;
    deleteSemester: FunctionReference<
      "mutation",
      "public",
      { semesterId: Id<"semester"> },
      any
    >;
    getAllSemesters: FunctionReference<"query", "public", {}, any>;
  };
  tags: {
    archiveTag: FunctionReference<
      "mutation",
      "public",
      { classId: Id<"class">; tagId: Id<"tags"> },
      any
    >;
    createTag: FunctionReference<
      "mutation",
      "public",
      { classId: Id<"class">; color?: string; name: string },
      any
    >;
    getTagsForClass: FunctionReference<
      "query",
      "public",
      { classId: Id<"class"> },
      any
    >;
    getTagsForModule: FunctionReference<
      "query",
      "public",
      { moduleId: Id<"module"> },
      any
    >;
    setModuleTags: FunctionReference<
      "mutation",
      "public",
      { moduleId: Id<"module">; tagIds: Array<Id<"tags">> },
      any
    >;
    updateTag: FunctionReference<
      "mutation",
      "public",
      { classId: Id<"class">; color?: string; name: string; tagId: Id<"tags"> },
      any
    >;
  };
  userProgress: {
    checkExistingRecord: FunctionReference<
      "query",
      "public",
      { questionId: Id<"question">; userId: Id<"users"> },
      any
    >;
    clearUserProgressForModule: FunctionReference<
      "mutation",
      "public",
      { moduleId: Id<"module">; userId: Id<"users"> },
      any
    >;
    deleteUserProgress: FunctionReference<
      "mutation",
      "public",
      { questionId: Id<"question">; userId: Id<"users"> },
      any
    >;
    getProgressForClass: FunctionReference<
      "query",
      "public",
      { classId: Id<"class">; userId: Id<"users"> },
      any
    >;
    getUserProgressForModule: FunctionReference<
      "query",
      "public",
      {
        classId: Id<"class">;
        questionIds: Array<Id<"question">>;
        userId: Id<"users">;
      },
      any
    >;
    saveUserProgress: FunctionReference<
      "mutation",
      "public",
      {
        attempts?: number;
        classId: Id<"class">;
        clientUtcOffsetMinutes?: number;
        eliminatedOptions?: Array<string>;
        isFlagged?: boolean;
        isMastered?: boolean;
        questionId: Id<"question">;
        selectedOptions?: Array<string>;
        userId: Id<"users">;
      },
      any
    >;
  };
  users: {
    addUser: FunctionReference<
      "mutation",
      "public",
      {
        clerkUserId: string;
        createdAt?: number;
        email?: string;
        firstName?: string;
        imageUrl?: string;
        lastActiveAt?: number;
        lastName?: string;
        lastSignInAt?: number;
        name: string;
        username?: string;
      },
      any
    >;
    getCurrentUser: FunctionReference<"query", "public", {}, any>;
    getUserById: FunctionReference<"query", "public", { id: string }, any>;
    syncUserFromClerk: FunctionReference<
      "mutation",
      "public",
      {
        clerkUserId: string;
        email?: string;
        firstName?: string;
        imageUrl?: string;
        lastActiveAt?: number;
        lastName?: string;
        lastSignInAt?: number;
        username?: string;
      },
      any
    >;
    updateUserRole: FunctionReference<
      "mutation",
      "public",
      { role?: "dev" | "admin" | "curator" | null; userId: Id<"users"> },
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
  badges: {
    ensureTrackablePlatformBadgesInternal: FunctionReference<
      "mutation",
      "internal",
      { deactivateOtherPlatformBadges?: boolean },
      any
    >;
    normalizeBadgeNamesInternal: FunctionReference<
      "mutation",
      "internal",
      {},
      any
    >;
    upsertBadgeDefinitionInternal: FunctionReference<
      "mutation",
      "internal",
      {
        badgeId?: Id<"badgeDefinitions">;
        classId?: Id<"class">;
        cohortId?: Id<"cohort">;
        description: string;
        eligibility: string;
        gradient: { from: string; mid: string; to: string };
        iconColor: string;
        iconKey: string;
        isActive?: boolean;
        issuerName: string;
        issuerType: "platform" | "cohort";
        issuerUrl?: string;
        key: string;
        name: string;
        ownedPct: number;
        scopeLabel: string;
        scopeType: "global" | "cohort" | "class";
        seasonLabel?: string;
      },
      any
    >;
    upsertBadgeRuleInternal: FunctionReference<
      "mutation",
      "internal",
      {
        allOf: Array<{
          metric:
            | "questions_interacted"
            | "questions_mastered"
            | "questions_flagged"
            | "early_interactions"
            | "late_interactions"
            | "questions_created"
            | "large_quizzes_submitted"
            | "weekend_warrior_weeks"
            | "streak_current_days"
            | "streak_best_days";
          op: "gte" | "gt" | "eq" | "lte" | "lt";
          value: number;
        }>;
        badgeDefinitionId: Id<"badgeDefinitions">;
        isActive?: boolean;
        name?: string;
        ruleId?: Id<"badgeRules">;
      },
      any
    >;
  };
  cohort: {
    cohortCheck: FunctionReference<"query", "internal", { code: string }, any>;
  };
  gradeCalculator: {
    seedInitialCatalogInternal: FunctionReference<
      "mutation",
      "internal",
      {},
      any
    >;
  };
  pdfJobs: {
    getNextPendingJob: FunctionReference<"query", "internal", {}, any>;
    incrementRetry: FunctionReference<
      "mutation",
      "internal",
      { jobId: Id<"pdfProcessingJobs"> },
      any
    >;
    insertChunk: FunctionReference<
      "mutation",
      "internal",
      {
        chunk_type: string;
        content: string;
        documentId: Id<"contentLib">;
        keywords: Array<string>;
        summary: string;
        title: string;
      },
      any
    >;
    markJobCompleted: FunctionReference<
      "mutation",
      "internal",
      { chunksCount: number; jobId: Id<"pdfProcessingJobs"> },
      any
    >;
    markJobFailed: FunctionReference<
      "mutation",
      "internal",
      { error: string; jobId: Id<"pdfProcessingJobs"> },
      any
    >;
    markJobProcessing: FunctionReference<
      "mutation",
      "internal",
      { jobId: Id<"pdfProcessingJobs"> },
      any
    >;
    updateJobProgress: FunctionReference<
      "mutation",
      "internal",
      {
        chunksProcessed: number;
        currentStep: string;
        jobId: Id<"pdfProcessingJobs">;
        totalChunks?: number;
      },
      any
    >;
  };
  pdfJobsAction: {
    cleanupUploadthingFile: FunctionReference<"action", "internal", {}, any>;
    processNextJob: FunctionReference<"action", "internal", {}, any>;
  };
  question: {
    checkAndIncrementUsage: FunctionReference<
      "mutation",
      "internal",
      { clerkUserId: string; count: number },
      any
    >;
  };
  school: {
    getSchoolByIdInternal: FunctionReference<
      "query",
      "internal",
      { id: Id<"school"> },
      any
    >;
  };
};

export declare const components: {
  polar: import("@convex-dev/polar/_generated/component.js").ComponentApi<"polar">;
  rateLimiter: import("@convex-dev/rate-limiter/_generated/component.js").ComponentApi<"rateLimiter">;
};
