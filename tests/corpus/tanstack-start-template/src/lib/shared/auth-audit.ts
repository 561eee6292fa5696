export const AUTH_AUDIT_EVENT_TYPES = [
  'user_signed_up',
  'user_profile_updated',
  'user_profile_image_updated',
  'user_email_verified',
  'user_banned',
  'user_unbanned',
  'user_deleted',
  'user_signed_in',
  'user_signed_out',
  'session_created',
  'session_revoked',
  'sessions_revoked_all',
  'user_impersonated',
  'user_impersonation_stopped',
  'account_linked',
  'account_unlinked',
  'password_changed',
  'password_reset_requested',
  'password_reset_completed',
  'email_verification_sent',
  'organization_created',
  'organization_updated',
  'member_added',
  'member_removed',
  'member_role_updated',
  'member_suspended',
  'member_deactivated',
  'member_reactivated',
  'member_invited',
  'invite_accepted',
  'invite_rejected',
  'invite_cancelled',
  'domain_added',
  'domain_verification_succeeded',
  'domain_verification_failed',
  'domain_verification_token_regenerated',
  'domain_removed',
  'organization_policy_updated',
  'enterprise_auth_mode_updated',
  'enterprise_break_glass_used',
  'support_access_granted',
  'support_access_revoked',
  'support_access_used',
  'enterprise_login_succeeded',
  'enterprise_scim_token_generated',
  'enterprise_scim_token_deleted',
  'scim_member_deprovisioned',
  'scim_member_reactivated',
  'scim_member_deprovision_failed',
  'bulk_invite_revoked',
  'bulk_invite_resent',
  'bulk_member_removed',
  'authorization_denied',
  'admin_user_sessions_viewed',
  'directory_exported',
  'audit_log_exported',
  'audit_ledger_segment_archived',
  'audit_archive_verification_failed',
  'audit_archive_verification_recovered',
  'retention_hold_applied',
  'retention_hold_released',
  'retention_purge_completed',
  'retention_purge_failed',
  'retention_purge_skipped_on_hold',
  'chat_thread_created',
  'chat_thread_deleted',
  'chat_attachment_uploaded',
  'chat_attachment_scan_passed',
  'chat_attachment_scan_failed',
  'chat_attachment_quarantined',
  'chat_attachment_deleted',
  'attachment_access_url_issued',
  'file_access_ticket_issued',
  'file_access_redeemed',
  'file_access_redeem_failed',
  'pdf_parse_requested',
  'pdf_parse_succeeded',
  'pdf_parse_failed',
  'chat_run_completed',
  'chat_run_failed',
  'chat_web_search_used',
  'evidence_report_generated',
  'evidence_report_exported',
  'evidence_report_reviewed',
  'security_control_evidence_created',
  'security_control_evidence_reviewed',
  'security_control_evidence_archived',
  'security_control_evidence_renewed',
  'outbound_vendor_access_denied',
  'outbound_vendor_access_used',
  'mfa_enrollment_enforced',
  'email_verification_enforced',
  'admin_step_up_challenged',
  'step_up_challenge_required',
  'step_up_challenge_completed',
  'step_up_challenge_failed',
  'step_up_consumed',
  'backup_restore_drill_completed',
  'backup_restore_drill_failed',
  'security_review_run_finalized',
  'account_locked_out',
  'ai_model_catalog_imported',
  'ai_model_created',
  'ai_model_updated',
  'ai_model_active_state_changed',
  'audit_ledger_viewed',
] as const;

export type AuthAuditEventType = (typeof AUTH_AUDIT_EVENT_TYPES)[number];
export const AUTH_AUDIT_HANDLER_OWNERS = [
  'user',
  'session',
  'account',
  'verification',
  'organization',
] as const;
export type AuthAuditHandlerOwner = (typeof AUTH_AUDIT_HANDLER_OWNERS)[number];

export type AuditProvenanceKind = 'user' | 'site_admin' | 'system' | 'scim_service';

export type AuditProvenance = {
  kind: AuditProvenanceKind;
  emitter: string;
  actorUserId?: string;
  sessionId?: string;
  identifier?: string;
  initiatedByUserId?: string;
  scimProviderId?: string;
};

export type AuthAuditEvent = {
  id: string;
  sequence: number;
  eventType: AuthAuditEventType;
  provenance: AuditProvenance;
  userId?: string;
  actorUserId?: string;
  targetUserId?: string;
  organizationId?: string;
  identifier?: string;
  sessionId?: string;
  requestId?: string;
  outcome?: 'success' | 'failure';
  severity?: 'info' | 'warning' | 'critical';
  resourceType?: string;
  resourceId?: string;
  resourceLabel?: string;
  sourceSurface?: string;
  eventHash?: string;
  previousEventHash?: string;
  recordedAt: number;
  ipAddress?: string;
  userAgent?: string;
  metadata?: unknown;
};

const AUTH_AUDIT_EVENT_TYPE_SET = new Set<string>(AUTH_AUDIT_EVENT_TYPES);
const AUTH_AUDIT_HANDLER_OWNER_SET = new Set<string>(AUTH_AUDIT_HANDLER_OWNERS);

export const AUTH_AUDIT_EVENT_OWNERS = {
  user_signed_up: ['user'],
  user_profile_updated: ['user'],
  user_profile_image_updated: ['user'],
  user_email_verified: ['verification', 'user'],
  user_banned: ['user'],
  user_unbanned: ['user'],
  user_deleted: ['user'],
  user_signed_in: ['session'],
  user_signed_out: ['session'],
  session_created: ['session'],
  session_revoked: ['session'],
  sessions_revoked_all: ['session'],
  user_impersonated: ['session'],
  user_impersonation_stopped: ['session'],
  account_linked: ['account'],
  account_unlinked: ['account'],
  password_changed: ['account'],
  password_reset_requested: ['verification'],
  password_reset_completed: ['verification'],
  email_verification_sent: ['verification'],
  organization_created: ['organization'],
  organization_updated: ['organization'],
  member_added: ['organization'],
  member_removed: ['organization'],
  member_role_updated: ['organization'],
  member_suspended: ['organization'],
  member_deactivated: ['organization'],
  member_reactivated: ['organization'],
  member_invited: ['organization'],
  invite_accepted: ['organization'],
  invite_rejected: ['organization'],
  invite_cancelled: ['organization'],
  domain_added: ['organization'],
  domain_verification_succeeded: ['organization'],
  domain_verification_failed: ['organization'],
  domain_verification_token_regenerated: ['organization'],
  domain_removed: ['organization'],
  organization_policy_updated: ['organization'],
  enterprise_auth_mode_updated: ['organization'],
  enterprise_break_glass_used: ['organization'],
  support_access_granted: ['organization'],
  support_access_revoked: ['organization'],
  support_access_used: ['organization'],
  enterprise_login_succeeded: ['organization'],
  enterprise_scim_token_generated: ['organization'],
  enterprise_scim_token_deleted: ['organization'],
  scim_member_deprovisioned: ['organization'],
  scim_member_reactivated: ['organization'],
  scim_member_deprovision_failed: ['organization'],
  bulk_invite_revoked: ['organization'],
  bulk_invite_resent: ['organization'],
  bulk_member_removed: ['organization'],
  authorization_denied: ['organization'],
  admin_user_sessions_viewed: ['session'],
  directory_exported: ['organization'],
  audit_log_exported: ['organization'],
  audit_ledger_segment_archived: ['organization'],
  audit_archive_verification_failed: ['organization'],
  audit_archive_verification_recovered: ['organization'],
  retention_hold_applied: ['organization'],
  retention_hold_released: ['organization'],
  retention_purge_completed: ['organization'],
  retention_purge_failed: ['organization'],
  retention_purge_skipped_on_hold: ['organization'],
  chat_thread_created: ['organization'],
  chat_thread_deleted: ['organization'],
  chat_attachment_uploaded: ['organization'],
  chat_attachment_scan_passed: ['organization'],
  chat_attachment_scan_failed: ['organization'],
  chat_attachment_quarantined: ['organization'],
  chat_attachment_deleted: ['organization'],
  attachment_access_url_issued: ['organization'],
  file_access_ticket_issued: ['organization'],
  file_access_redeemed: ['organization'],
  file_access_redeem_failed: ['organization'],
  pdf_parse_requested: ['organization'],
  pdf_parse_succeeded: ['organization'],
  pdf_parse_failed: ['organization'],
  chat_run_completed: ['organization'],
  chat_run_failed: ['organization'],
  chat_web_search_used: ['organization'],
  evidence_report_generated: ['organization'],
  evidence_report_exported: ['organization'],
  evidence_report_reviewed: ['organization'],
  security_control_evidence_created: ['organization'],
  security_control_evidence_reviewed: ['organization'],
  security_control_evidence_archived: ['organization'],
  security_control_evidence_renewed: ['organization'],
  outbound_vendor_access_denied: ['organization'],
  outbound_vendor_access_used: ['organization'],
  mfa_enrollment_enforced: ['organization'],
  email_verification_enforced: ['organization'],
  admin_step_up_challenged: ['organization'],
  step_up_challenge_required: ['organization'],
  step_up_challenge_completed: ['organization'],
  step_up_challenge_failed: ['organization'],
  step_up_consumed: ['organization'],
  backup_restore_drill_completed: ['organization'],
  backup_restore_drill_failed: ['organization'],
  security_review_run_finalized: ['organization'],
  account_locked_out: ['user'],
  ai_model_catalog_imported: ['organization'],
  ai_model_created: ['organization'],
  ai_model_updated: ['organization'],
  ai_model_active_state_changed: ['organization'],
  audit_ledger_viewed: ['organization'],
} as const satisfies Record<AuthAuditEventType, readonly AuthAuditHandlerOwner[]>;

export function isAuthAuditEventType(value: string): value is AuthAuditEventType {
  return AUTH_AUDIT_EVENT_TYPE_SET.has(value);
}

export function isAuthAuditHandlerOwner(value: string): value is AuthAuditHandlerOwner {
  return AUTH_AUDIT_HANDLER_OWNER_SET.has(value);
}

export function normalizeAuditIdentifier(value: string | undefined) {
  const trimmed = value?.trim();
  return trimmed && trimmed.length > 0 ? trimmed.toLowerCase() : undefined;
}

// Re-export canonical metadata shapes for selected compliance-critical audit events.
// Persisted audit ledger metadata is stored as stringified JSON, and covered
// families are enforced in the append-path validator in convex/audit.ts.
export type {
  ChatAttachmentScanResultMetadata,
  ChatAttachmentUploadedMetadata,
  ChatRunCompletedMetadata,
  ChatWebSearchUsedMetadata,
  FileAccessRedeemedMetadata,
  FileAccessRedeemFailedMetadata,
  FileAccessTicketIssuedMetadata,
  OutboundVendorAccessDeniedMetadata,
  OutboundVendorAccessUsedMetadata,
  RetentionPurgeCompletedMetadata,
} from './audit-metadata-types';
