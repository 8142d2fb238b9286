// Every migration in order. Names are timestamps; a landed migration never changes.
import * as foundation from './2026_11_24_001_foundation';
import * as booking from './2026_11_24_002_booking';
import * as uploads from './2026_11_24_003_uploads';
import * as lookup from './2026_12_01_001_lookup';
import * as notifications from './2026_12_08_001_notifications';
import * as articles from './2026_12_15_001_articles';
import * as onlineExhibitions from './2026_12_15_002_online_exhibitions';
import * as media from './2026_12_15_003_media';
import * as auditLog from './2026_12_22_001_audit_log';
import * as staffAccounts from './2026_12_22_002_staff_accounts';
import * as venues from './2026_12_22_003_venues';
import * as door from './2026_12_22_004_door';
import * as exportsTable from './2026_12_22_005_exports';
import * as auditRetention from './2026_12_22_006_audit_retention';
import * as privacyConsent from './2026_12_23_0B1_privacy_consent';
import * as bookingSlotLock from './2026_12_23_0F1_booking_slot_lock';

export const migrations = {
  '2026_11_24_001_foundation': foundation,
  '2026_11_24_002_booking': booking,
  '2026_11_24_003_uploads': uploads,
  '2026_12_01_001_lookup': lookup,
  '2026_12_08_001_notifications': notifications,
  '2026_12_15_001_articles': articles,
  '2026_12_15_002_online_exhibitions': onlineExhibitions,
  '2026_12_15_003_media': media,
  '2026_12_22_001_audit_log': auditLog,
  '2026_12_22_002_staff_accounts': staffAccounts,
  '2026_12_22_003_venues': venues,
  '2026_12_22_004_door': door,
  '2026_12_22_005_exports': exportsTable,
  '2026_12_22_006_audit_retention': auditRetention,
  '2026_12_23_0F1_booking_slot_lock': bookingSlotLock,
  '2026_12_23_0B1_privacy_consent': privacyConsent,
};
