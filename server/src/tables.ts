// Every feature's tables in one place. Each *.table.ts adds its tables to the Database interface; importing
// this file (app.ts does, and the test kit) puts the whole Database type in scope wherever it is used.
import './platform/audit/audit-log.table';
import './platform/outbox/outbox.table';
import './platform/uploads/upload.table';
import './platform/media/media.table';
import './platform/pii/personal-data-access.table';
import './modules/accounts/account.table';
import './modules/articles/article.table';
import './modules/branches/branch.table';
import './modules/exhibitions/exhibition.table';
import './modules/exports/export.table';
import './modules/lookup/lookup.table';
import './modules/notifications/notification.table';
import './modules/online-exhibitions/online-exhibition.table';
import './modules/privacy/privacy.table';
import './modules/publications/publication.table';
import './modules/scheduling/scheduling.table';
import './modules/venues/venue.table';
import './modules/visits/visit.table';
import './modules/waitlist/waitlist.table';
