/* eslint-disable */
/**
 * Generated data model types.
 *
 * THIS CODE IS AUTOMATICALLY GENERATED.
 *
 * To regenerate, run `npx convex dev`.
 * @module
 */

import type {
  DocumentByName,
  TableNamesInDataModel,
  SystemTableNames,
  AnyDataModel,
} from "convex/server";
import type { GenericId } from "convex/values";

/**
 * A type describing your Convex data model.
 *
 * This type includes information about what tables you have, the type of
 * documents stored in those tables, and the indexes defined on them.
 *
 * This type is used to parameterize methods like `queryGeneric` and
 * `mutationGeneric` to make them type-safe.
 */

export type DataModel = {
  badgeDefinitions: {
    document: {
      awardedCount?: number;
      classId?: Id<"class">;
      cohortId?: Id<"cohort">;
      createdByUserId?: Id<"users">;
      description: string;
      eligibility: string;
      gradient: { from: string; mid: string; to: string };
      iconColor: string;
      iconKey: string;
      isActive: boolean;
      issuerName: string;
      issuerType: "platform" | "cohort" | "class" | "event" | "partner";
      issuerUrl?: string;
      key: string;
      name: string;
      ownedPct: number;
      scopeLabel: string;
      scopeType: "global" | "cohort" | "class";
      seasonLabel?: string;
      updatedAt: number;
      _id: Id<"badgeDefinitions">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "awardedCount"
      | "classId"
      | "cohortId"
      | "createdByUserId"
      | "description"
      | "eligibility"
      | "gradient"
      | "gradient.from"
      | "gradient.mid"
      | "gradient.to"
      | "iconColor"
      | "iconKey"
      | "isActive"
      | "issuerName"
      | "issuerType"
      | "issuerUrl"
      | "key"
      | "name"
      | "ownedPct"
      | "scopeLabel"
      | "scopeType"
      | "seasonLabel"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_classId: ["classId", "_creationTime"];
      by_cohortId: ["cohortId", "_creationTime"];
      by_isActive: ["isActive", "_creationTime"];
      by_key: ["key", "_creationTime"];
      by_scopeType: ["scopeType", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  badgeRules: {
    document: {
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
      createdByUserId?: Id<"users">;
      isActive: boolean;
      name?: string;
      updatedAt: number;
      _id: Id<"badgeRules">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "allOf"
      | "badgeDefinitionId"
      | "createdByUserId"
      | "isActive"
      | "name"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_badgeDefinitionId: ["badgeDefinitionId", "_creationTime"];
      by_badgeDefinitionId_isActive: [
        "badgeDefinitionId",
        "isActive",
        "_creationTime",
      ];
      by_isActive: ["isActive", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  chunkContent: {
    document: {
      chunk_type: string;
      content: string;
      deletedAt?: number;
      documentId: Id<"contentLib">;
      keywords: Array<string>;
      metadata?: {};
      summary: string;
      title: string;
      updatedAt: number;
      _id: Id<"chunkContent">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "chunk_type"
      | "content"
      | "deletedAt"
      | "documentId"
      | "keywords"
      | "metadata"
      | "summary"
      | "title"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_documentId: ["documentId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  class: {
    document: {
      cardTheme?: {
        base: string;
        dark: string;
        light: string;
        patternAngle?: number;
        patternVariant?: "stripes" | "blobs" | "bands";
      };
      code: string;
      cohortId: Id<"cohort">;
      deletedAt?: number;
      description: string;
      metadata: {};
      name: string;
      order: number;
      semesterId: Id<"semester">;
      updatedAt: number;
      _id: Id<"class">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "cardTheme"
      | "cardTheme.base"
      | "cardTheme.dark"
      | "cardTheme.light"
      | "cardTheme.patternAngle"
      | "cardTheme.patternVariant"
      | "code"
      | "cohortId"
      | "deletedAt"
      | "description"
      | "metadata"
      | "name"
      | "order"
      | "semesterId"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_cohortId: ["cohortId", "_creationTime"];
    };
    searchIndexes: {
      by_cohortId_code: {
        searchField: "code";
        filterFields: "cohortId";
      };
      by_cohortId_description: {
        searchField: "description";
        filterFields: "cohortId";
      };
      by_cohortId_name: {
        searchField: "name";
        filterFields: "cohortId";
      };
    };
    vectorIndexes: {};
  };
  cohort: {
    document: {
      classCode?: string;
      deletedAt?: number;
      description?: string;
      endYear: string;
      metadata: {};
      name: string;
      pic_url?: string;
      schoolId: Id<"school">;
      startYear: string;
      stats?: {
        averageCompletion: number;
        totalModules: number;
        totalQuestions: number;
        totalStudents: number;
        updatedAt: number;
      };
      updatedAt: number;
      _id: Id<"cohort">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "classCode"
      | "deletedAt"
      | "description"
      | "endYear"
      | "metadata"
      | "name"
      | "pic_url"
      | "schoolId"
      | "startYear"
      | "stats"
      | "stats.averageCompletion"
      | "stats.totalModules"
      | "stats.totalQuestions"
      | "stats.totalStudents"
      | "stats.updatedAt"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  contentLib: {
    document: {
      cohortId: Id<"cohort">;
      deletedAt?: number;
      description?: string;
      metadata?: {
        originalFileName?: string;
        sizeBytes?: number;
        uploadthingKey?: string;
        uploadthingUrl?: string;
      };
      title: string;
      updatedAt: number;
      _id: Id<"contentLib">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "cohortId"
      | "deletedAt"
      | "description"
      | "metadata"
      | "metadata.originalFileName"
      | "metadata.sizeBytes"
      | "metadata.uploadthingKey"
      | "metadata.uploadthingUrl"
      | "title"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_cohortId: ["cohortId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  gradeCalculatorCourses: {
    document: {
      code?: string;
      deletedAt?: number;
      description?: string;
      entries: Array<{
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
        metadata: {};
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
      entryCount: number;
      institution?: string;
      instructor?: string;
      metadata: {};
      name: string;
      rulesetId?: Id<"gradeCalculatorRulesets">;
      slug: string;
      sourceDocument?: string;
      status: "draft" | "active" | "archived";
      termLabel?: string;
      updatedAt: number;
      _id: Id<"gradeCalculatorCourses">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "code"
      | "deletedAt"
      | "description"
      | "entries"
      | "entryCount"
      | "institution"
      | "instructor"
      | "metadata"
      | "name"
      | "rulesetId"
      | "slug"
      | "sourceDocument"
      | "status"
      | "termLabel"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_rulesetId: ["rulesetId", "_creationTime"];
      by_slug: ["slug", "_creationTime"];
      by_status: ["status", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  gradeCalculatorRulesets: {
    document: {
      calculationMode: "points" | "weighted" | "percentage" | "hybrid";
      deletedAt?: number;
      description?: string;
      gradeBands: Array<{
        colorHint?: string;
        id: string;
        label: string;
        maxPercentage?: number;
        minPercentage: number;
      }>;
      metadata: {};
      name: string;
      passingPercentage?: number;
      policies: {
        allowAttendance: boolean;
        allowBonus: boolean;
        allowDrops: boolean;
        allowReplacements: boolean;
      };
      roundingStrategy:
        "none" | "nearest_hundredth" | "nearest_tenth" | "nearest_whole";
      slug: string;
      status: "draft" | "active" | "archived";
      updatedAt: number;
      _id: Id<"gradeCalculatorRulesets">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "calculationMode"
      | "deletedAt"
      | "description"
      | "gradeBands"
      | "metadata"
      | "name"
      | "passingPercentage"
      | "policies"
      | "policies.allowAttendance"
      | "policies.allowBonus"
      | "policies.allowDrops"
      | "policies.allowReplacements"
      | "roundingStrategy"
      | "slug"
      | "status"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_slug: ["slug", "_creationTime"];
      by_status: ["status", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  module: {
    document: {
      classId: Id<"class">;
      cohortId?: Id<"cohort">;
      deletedAt?: number;
      description: string;
      emoji?: string;
      metadata: {};
      order: number;
      questionCount?: number;
      status: string;
      title: string;
      updatedAt: number;
      _id: Id<"module">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "classId"
      | "cohortId"
      | "deletedAt"
      | "description"
      | "emoji"
      | "metadata"
      | "order"
      | "questionCount"
      | "status"
      | "title"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_classId: ["classId", "_creationTime"];
      by_cohortId: ["cohortId", "_creationTime"];
    };
    searchIndexes: {
      by_classId_cohortId_description: {
        searchField: "description";
        filterFields: "classId" | "cohortId";
      };
      by_classId_cohortId_title: {
        searchField: "title";
        filterFields: "classId" | "cohortId";
      };
    };
    vectorIndexes: {};
  };
  moduleTags: {
    document: {
      classId: Id<"class">;
      createdAt: number;
      deletedAt?: number;
      moduleId: Id<"module">;
      tagId: Id<"tags">;
      _id: Id<"moduleTags">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "classId"
      | "createdAt"
      | "deletedAt"
      | "moduleId"
      | "tagId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_classId: ["classId", "_creationTime"];
      by_moduleId: ["moduleId", "_creationTime"];
      by_moduleId_tagId: ["moduleId", "tagId", "_creationTime"];
      by_tagId: ["tagId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  pdfProcessingJobs: {
    document: {
      completedAt?: number;
      createdAt: number;
      documentId: Id<"contentLib">;
      error?: string;
      fileKey?: string;
      pdfUrl: string;
      progress?: {
        chunksProcessed: number;
        currentStep: string;
        totalChunks?: number;
      };
      retryCount: number;
      status: "pending" | "processing" | "completed" | "failed";
      updatedAt: number;
      _id: Id<"pdfProcessingJobs">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "completedAt"
      | "createdAt"
      | "documentId"
      | "error"
      | "fileKey"
      | "pdfUrl"
      | "progress"
      | "progress.chunksProcessed"
      | "progress.currentStep"
      | "progress.totalChunks"
      | "retryCount"
      | "status"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_documentId: ["documentId", "_creationTime"];
      by_status: ["status", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  question: {
    document: {
      aiGenerated: boolean;
      correctAnswers: Array<string>;
      createdBy?: { firstName: string; lastName: string };
      deletedAt?: number;
      explanation?: string;
      flagCount?: number;
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
      searchText?: string;
      status: string;
      stem: string;
      type: string;
      updatedAt: number;
      _id: Id<"question">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "aiGenerated"
      | "correctAnswers"
      | "createdBy"
      | "createdBy.firstName"
      | "createdBy.lastName"
      | "deletedAt"
      | "explanation"
      | "flagCount"
      | "metadata"
      | "metadata.generation"
      | "metadata.generation.customPromptUsed"
      | "metadata.generation.focus"
      | "metadata.generation.model"
      | "moduleId"
      | "options"
      | "order"
      | "rationale"
      | "searchText"
      | "status"
      | "stem"
      | "type"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_moduleId: ["moduleId", "_creationTime"];
      by_moduleId_flagCount: ["moduleId", "flagCount", "_creationTime"];
      by_moduleId_order: ["moduleId", "order", "_creationTime"];
    };
    searchIndexes: {
      by_moduleId_searchText: {
        searchField: "searchText";
        filterFields: "moduleId";
      };
    };
    vectorIndexes: {};
  };
  questionMedia: {
    document: {
      altText: string;
      caption?: string;
      deletedAt?: number;
      mediaType: string;
      metadata: {
        originalFileName?: string;
        sizeBytes?: number;
        uploadthingKey?: string;
      };
      mimeType: string;
      order: number;
      questionId: Id<"question">;
      showOnSolution?: boolean;
      type: string;
      updatedAt: number;
      url: string;
      _id: Id<"questionMedia">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "altText"
      | "caption"
      | "deletedAt"
      | "mediaType"
      | "metadata"
      | "metadata.originalFileName"
      | "metadata.sizeBytes"
      | "metadata.uploadthingKey"
      | "mimeType"
      | "order"
      | "questionId"
      | "showOnSolution"
      | "type"
      | "updatedAt"
      | "url";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_questionId: ["questionId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  quizAttemptItems: {
    document: {
      attemptId: Id<"quizAttempts">;
      classId: Id<"class">;
      moduleId: Id<"module">;
      optionOrder?: Array<string>;
      order: number;
      questionId: Id<"question">;
      questionSnapshot: {
        correctAnswers: Array<string>;
        explanation?: string;
        options: Array<{ id: string; text: string }>;
        questionUpdatedAt: number;
        rationale?: string;
        stem: string;
        type: string;
      };
      response: {
        answeredAt?: number;
        changeCount: number;
        isFlagged: boolean;
        lastChangedAt?: number;
        selectedOptions: Array<string>;
        textResponse?: string;
        timeSpentMs: number;
        visitedAt?: number;
      };
      score: {
        isCorrect?: boolean;
        pointsEarned?: number;
        pointsPossible: number;
      };
      updatedAt: number;
      userId: Id<"users">;
      _id: Id<"quizAttemptItems">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "attemptId"
      | "classId"
      | "moduleId"
      | "optionOrder"
      | "order"
      | "questionId"
      | "questionSnapshot"
      | "questionSnapshot.correctAnswers"
      | "questionSnapshot.explanation"
      | "questionSnapshot.options"
      | "questionSnapshot.questionUpdatedAt"
      | "questionSnapshot.rationale"
      | "questionSnapshot.stem"
      | "questionSnapshot.type"
      | "response"
      | "response.answeredAt"
      | "response.changeCount"
      | "response.isFlagged"
      | "response.lastChangedAt"
      | "response.selectedOptions"
      | "response.textResponse"
      | "response.timeSpentMs"
      | "response.visitedAt"
      | "score"
      | "score.isCorrect"
      | "score.pointsEarned"
      | "score.pointsPossible"
      | "updatedAt"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_attempt_module: ["attemptId", "moduleId", "_creationTime"];
      by_attempt_order: ["attemptId", "order", "_creationTime"];
      by_attempt_question: ["attemptId", "questionId", "_creationTime"];
      by_user_attempt: ["userId", "attemptId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  quizAttempts: {
    document: {
      classId: Id<"class">;
      cohortId?: Id<"cohort">;
      configSnapshot: {
        moduleIds: Array<Id<"module">>;
        passThresholdPct: number;
        questionCountActual: number;
        questionCountRequested: number;
        questionTypes?: Array<string>;
        shuffleOptions: boolean;
        shuffleQuestions: boolean;
        sourceFilter: "all" | "flagged" | "incomplete";
        timeLimitSec?: number;
      };
      elapsedMs: number;
      lastActivityAt: number;
      mode: "custom_random_v1";
      progressCounters: {
        answeredCount: number;
        flaggedCount: number;
        visitedCount: number;
      };
      resultSummary?: {
        byModule: Array<{
          accuracyPct: number;
          correct: number;
          incorrect: number;
          moduleId: Id<"module">;
          moduleTitle: string;
          total: number;
          unanswered: number;
        }>;
        byType: Array<{
          accuracyPct: number;
          correct: number;
          incorrect: number;
          questionType: string;
          total: number;
          unanswered: number;
        }>;
        correctCount: number;
        incorrectCount: number;
        passThresholdPct: number;
        passed: boolean;
        reviewReady: boolean;
        scoreEarned: number;
        scorePct: number;
        scorePossible: number;
        unansweredCount: number;
      };
      seed: string;
      startedAt: number;
      status: "in_progress" | "submitted" | "timed_out" | "abandoned";
      submittedAt?: number;
      timeExpiredAt?: number;
      timeLimitSec?: number;
      updatedAt: number;
      userId: Id<"users">;
      _id: Id<"quizAttempts">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "classId"
      | "cohortId"
      | "configSnapshot"
      | "configSnapshot.moduleIds"
      | "configSnapshot.passThresholdPct"
      | "configSnapshot.questionCountActual"
      | "configSnapshot.questionCountRequested"
      | "configSnapshot.questionTypes"
      | "configSnapshot.shuffleOptions"
      | "configSnapshot.shuffleQuestions"
      | "configSnapshot.sourceFilter"
      | "configSnapshot.timeLimitSec"
      | "elapsedMs"
      | "lastActivityAt"
      | "mode"
      | "progressCounters"
      | "progressCounters.answeredCount"
      | "progressCounters.flaggedCount"
      | "progressCounters.visitedCount"
      | "resultSummary"
      | "resultSummary.byModule"
      | "resultSummary.byType"
      | "resultSummary.correctCount"
      | "resultSummary.incorrectCount"
      | "resultSummary.passed"
      | "resultSummary.passThresholdPct"
      | "resultSummary.reviewReady"
      | "resultSummary.scoreEarned"
      | "resultSummary.scorePct"
      | "resultSummary.scorePossible"
      | "resultSummary.unansweredCount"
      | "seed"
      | "startedAt"
      | "status"
      | "submittedAt"
      | "timeExpiredAt"
      | "timeLimitSec"
      | "updatedAt"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_class: ["classId", "_creationTime"];
      by_status: ["status", "_creationTime"];
      by_user: ["userId", "_creationTime"];
      by_user_class: ["userId", "classId", "_creationTime"];
      by_user_class_status: ["userId", "classId", "status", "_creationTime"];
      by_user_lastActivityAt: ["userId", "lastActivityAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  school: {
    document: {
      deletedAt?: number;
      description: string;
      metadata: {};
      name: string;
      updatedAt: number;
      _id: Id<"school">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "deletedAt"
      | "description"
      | "metadata"
      | "name"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  semester: {
    document: {
      deletedAt?: number;
      description?: string;
      metadata: {};
      name: string;
      updatedAt: number;
      _id: Id<"semester">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "deletedAt"
      | "description"
      | "metadata"
      | "name"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  tags: {
    document: {
      classId: Id<"class">;
      color?: string;
      createdAt: number;
      deletedAt?: number;
      name: string;
      slug: string;
      updatedAt: number;
      _id: Id<"tags">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "classId"
      | "color"
      | "createdAt"
      | "deletedAt"
      | "name"
      | "slug"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_classId: ["classId", "_creationTime"];
      by_classId_slug: ["classId", "slug", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  userBadgeAwards: {
    document: {
      awardedAt: number;
      awardedByRuleId?: Id<"badgeRules">;
      badgeDefinitionId: Id<"badgeDefinitions">;
      classId?: Id<"class">;
      cohortId?: Id<"cohort">;
      seenAt?: number;
      source: "earned" | "manual";
      updatedAt: number;
      userId: Id<"users">;
      _id: Id<"userBadgeAwards">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "awardedAt"
      | "awardedByRuleId"
      | "badgeDefinitionId"
      | "classId"
      | "cohortId"
      | "seenAt"
      | "source"
      | "updatedAt"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_badgeDefinitionId: ["badgeDefinitionId", "_creationTime"];
      by_classId: ["classId", "_creationTime"];
      by_cohortId: ["cohortId", "_creationTime"];
      by_cohortId_userId: ["cohortId", "userId", "_creationTime"];
      by_userId: ["userId", "_creationTime"];
      by_userId_seenAt: ["userId", "seenAt", "_creationTime"];
      by_user_badge: ["userId", "badgeDefinitionId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  userBadgeMetrics: {
    document: {
      classId?: Id<"class">;
      cohortId?: Id<"cohort">;
      earlyInteractions: number;
      largeQuizzesSubmitted?: number;
      lastActivityDayKey?: number;
      lateInteractions: number;
      questionsCreated?: number;
      questionsFlagged: number;
      questionsInteracted: number;
      questionsMastered: number;
      scopeType: "global" | "cohort" | "class";
      streakBestDays: number;
      streakCurrentDays: number;
      updatedAt: number;
      userId: Id<"users">;
      weekendStudyDayMask?: number;
      weekendStudyWeekKey?: number;
      weekendWarriorWeeks?: number;
      _id: Id<"userBadgeMetrics">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "classId"
      | "cohortId"
      | "earlyInteractions"
      | "largeQuizzesSubmitted"
      | "lastActivityDayKey"
      | "lateInteractions"
      | "questionsCreated"
      | "questionsFlagged"
      | "questionsInteracted"
      | "questionsMastered"
      | "scopeType"
      | "streakBestDays"
      | "streakCurrentDays"
      | "updatedAt"
      | "userId"
      | "weekendStudyDayMask"
      | "weekendStudyWeekKey"
      | "weekendWarriorWeeks";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_user_scopeType: ["userId", "scopeType", "_creationTime"];
      by_user_scope_class: ["userId", "scopeType", "classId", "_creationTime"];
      by_user_scope_cohort: [
        "userId",
        "scopeType",
        "cohortId",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  userProgress: {
    document: {
      attempts: number;
      classId: Id<"class">;
      deletedAt?: number;
      eliminatedOptions: Array<string>;
      isFlagged: boolean;
      isMastered: boolean;
      lastAttemptAt?: number;
      metadata: {
        firstInteractedAt?: number;
        firstInteractedHourLocal?: number;
        firstInteractedHourUtc?: number;
        firstInteractedUtcOffsetMinutes?: number;
      };
      questionId: Id<"question">;
      selectedOptions: Array<string>;
      updatedAt: number;
      userId: Id<"users">;
      _id: Id<"userProgress">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "attempts"
      | "classId"
      | "deletedAt"
      | "eliminatedOptions"
      | "isFlagged"
      | "isMastered"
      | "lastAttemptAt"
      | "metadata"
      | "metadata.firstInteractedAt"
      | "metadata.firstInteractedHourLocal"
      | "metadata.firstInteractedHourUtc"
      | "metadata.firstInteractedUtcOffsetMinutes"
      | "questionId"
      | "selectedOptions"
      | "updatedAt"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_classId: ["classId", "_creationTime"];
      by_question_user: ["questionId", "userId", "_creationTime"];
      by_user_class: ["userId", "classId", "_creationTime"];
      by_user_question: ["userId", "questionId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  users: {
    document: {
      clerkUserId: string;
      cohortId?: Id<"cohort">;
      createdAt?: number;
      deletedAt?: number;
      email?: string;
      firstName?: string;
      generationUsage?: { count: number; lastResetAt: number };
      imageUrl?: string;
      lastActiveAt?: number;
      lastName?: string;
      lastSignInAt?: number;
      metadata: {};
      name: string;
      pdfUploadUsage?: { count: number; lastResetAt: number };
      plan?: "pro" | "free";
      progressStats?: {
        lastActivityAt?: number;
        questionsInteracted: number;
        questionsMastered: number;
        totalQuestions: number;
        updatedAt: number;
      };
      role?: "dev" | "admin" | "curator";
      seenFeatureAnnouncementIds?: Array<string>;
      updatedAt: number;
      username?: string;
      _id: Id<"users">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "clerkUserId"
      | "cohortId"
      | "createdAt"
      | "deletedAt"
      | "email"
      | "firstName"
      | "generationUsage"
      | "generationUsage.count"
      | "generationUsage.lastResetAt"
      | "imageUrl"
      | "lastActiveAt"
      | "lastName"
      | "lastSignInAt"
      | "metadata"
      | "name"
      | "pdfUploadUsage"
      | "pdfUploadUsage.count"
      | "pdfUploadUsage.lastResetAt"
      | "plan"
      | "progressStats"
      | "progressStats.lastActivityAt"
      | "progressStats.questionsInteracted"
      | "progressStats.questionsMastered"
      | "progressStats.totalQuestions"
      | "progressStats.updatedAt"
      | "role"
      | "seenFeatureAnnouncementIds"
      | "updatedAt"
      | "username";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_clerkUserId: ["clerkUserId", "_creationTime"];
      by_cohortId: ["cohortId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
};

/**
 * The names of all of your Convex tables.
 */
export type TableNames = TableNamesInDataModel<DataModel>;

/**
 * The type of a document stored in Convex.
 *
 * @typeParam TableName - A string literal type of the table name (like "users").
 */
export type Doc<TableName extends TableNames> = DocumentByName<
  DataModel,
  TableName
>;

/**
 * An identifier for a document in Convex.
 *
 * Convex documents are uniquely identified by their `Id`, which is accessible
 * on the `_id` field. To learn more, see [Document IDs](https://docs.convex.dev/using/document-ids).
 *
 * Documents can be loaded using `db.get(tableName, id)` in query and mutation functions.
 *
 * IDs are just strings at runtime, but this type can be used to distinguish them from other
 * strings when type checking.
 *
 * @typeParam TableName - A string literal type of the table name (like "users").
 */
export type Id<TableName extends TableNames | SystemTableNames> =
  GenericId<TableName>;
