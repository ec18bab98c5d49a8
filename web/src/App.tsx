import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { RequireAccess } from './components/RequireAccess.tsx';
import { Layout } from './layout/Layout.tsx';
import {
  ADMIN_ONLY,
  AGENCY_HEADS,
  BAR_KEEPERS,
  CONCERN_ANSWERERS,
  CONFLICT_CASE_READERS,
  CONFLICT_FINDING_READERS,
  COORDINATORS,
  COURT_ADMINS,
  DECLARANTS,
  DECLARATION_READERS,
  FILING_WATCHERS,
  IDENTITY_CUSTODIANS,
  PLAN_KEEPERS,
  PROSECUTORS,
  RELATIONS_READERS,
  REPORT_HANDLERS,
  VERIFIERS,
} from './navigation.ts';
import { AgencyPage } from './pages/AgencyPage.tsx';
import { AlternativeReportsPage } from './pages/alternative/AlternativeReportsPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { IndicatorsPage } from './pages/IndicatorsPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { OpenDataPage } from './pages/OpenDataPage.tsx';
import { PlanItemPage } from './pages/PlanItemPage.tsx';
import { RatingPage } from './pages/RatingPage.tsx';
import { ReporterSessionProvider } from './pages/reporting/reporter/ReporterSession.tsx';
import { StrategyPage } from './pages/StrategyPage.tsx';

// Pages behind sign-in load on demand, so visitors download only the public pages.
const AccountPage = lazy(() =>
  import('./pages/AccountPage.tsx').then((m) => ({ default: m.AccountPage })),
);
const NotificationsPage = lazy(() =>
  import('./pages/NotificationsPage.tsx').then((m) => ({ default: m.NotificationsPage })),
);
const UsersPage = lazy(() =>
  import('./pages/admin/UsersPage.tsx').then((m) => ({ default: m.UsersPage })),
);
const AgenciesPage = lazy(() =>
  import('./pages/admin/AgenciesPage.tsx').then((m) => ({ default: m.AgenciesPage })),
);
const AuditPage = lazy(() =>
  import('./pages/admin/AuditPage.tsx').then((m) => ({ default: m.AuditPage })),
);
const JobsPage = lazy(() =>
  import('./pages/admin/JobsPage.tsx').then((m) => ({ default: m.JobsPage })),
);
const OrganisationsPage = lazy(() =>
  import('./pages/alternative/OrganisationsPage.tsx').then((m) => ({
    default: m.OrganisationsPage,
  })),
);
const WorkPlansPage = lazy(() =>
  import('./pages/work/PlansPage.tsx').then((m) => ({ default: m.WorkPlansPage })),
);
const WorkPlanPage = lazy(() =>
  import('./pages/work/PlanPage.tsx').then((m) => ({ default: m.WorkPlanPage })),
);
const WorkMeasurePage = lazy(() =>
  import('./pages/work/MeasurePage.tsx').then((m) => ({ default: m.WorkMeasurePage })),
);
const ReviewQueuePage = lazy(() =>
  import('./pages/work/ReviewQueuePage.tsx').then((m) => ({ default: m.ReviewQueuePage })),
);
const ReviewReportPage = lazy(() =>
  import('./pages/work/ReviewReportPage.tsx').then((m) => ({ default: m.ReviewReportPage })),
);
const PeriodsPage = lazy(() =>
  import('./pages/work/PeriodsPage.tsx').then((m) => ({ default: m.PeriodsPage })),
);
const PublicDeclarationsPage = lazy(() =>
  import('./pages/declarations/public/PublicDeclarationsPage.tsx').then((m) => ({
    default: m.PublicDeclarationsPage,
  })),
);
const PublishedDeclarationPage = lazy(() =>
  import('./pages/declarations/public/PublishedDeclarationPage.tsx').then((m) => ({
    default: m.PublishedDeclarationPage,
  })),
);
const DeclarationChecksPage = lazy(() =>
  import('./pages/declarations/checks/DeclarationChecksPage.tsx').then((m) => ({
    default: m.DeclarationChecksPage,
  })),
);
const DeclarationUnderCheckPage = lazy(() =>
  import('./pages/declarations/checks/DeclarationUnderCheckPage.tsx').then((m) => ({
    default: m.DeclarationUnderCheckPage,
  })),
);
const DeclarationFilingPage = lazy(() =>
  import('./pages/declarations/checks/DeclarationFilingPage.tsx').then((m) => ({
    default: m.DeclarationFilingPage,
  })),
);
const ReferralsPage = lazy(() =>
  import('./pages/declarations/checks/ReferralsPage.tsx').then((m) => ({
    default: m.ReferralsPage,
  })),
);
const ReferralPage = lazy(() =>
  import('./pages/declarations/checks/ReferralPage.tsx').then((m) => ({
    default: m.ReferralPage,
  })),
);
const RegistersPage = lazy(() =>
  import('./pages/registers/RegistersPage.tsx').then((m) => ({ default: m.RegistersPage })),
);
const MyDeclarationsPage = lazy(() =>
  import('./pages/declarations/form/MyDeclarationsPage.tsx').then((m) => ({
    default: m.MyDeclarationsPage,
  })),
);
const MyDeclarationPage = lazy(() =>
  import('./pages/declarations/form/MyDeclarationPage.tsx').then((m) => ({
    default: m.MyDeclarationPage,
  })),
);
const RelationsSearchPage = lazy(() =>
  import('./pages/integrity/relations/RelationsSearchPage.tsx').then((m) => ({
    default: m.RelationsSearchPage,
  })),
);
const PersonRelationsPage = lazy(() =>
  import('./pages/integrity/relations/PersonRelationsPage.tsx').then((m) => ({
    default: m.PersonRelationsPage,
  })),
);
const EntityRelationsPage = lazy(() =>
  import('./pages/integrity/relations/EntityRelationsPage.tsx').then((m) => ({
    default: m.EntityRelationsPage,
  })),
);
const ConflictsPage = lazy(() =>
  import('./pages/integrity/work/conflicts/ConflictsPage.tsx').then((m) => ({
    default: m.ConflictsPage,
  })),
);
const ConflictCasesPage = lazy(() =>
  import('./pages/integrity/work/cases/ConflictCasesPage.tsx').then((m) => ({
    default: m.ConflictCasesPage,
  })),
);
const ConflictCasePage = lazy(() =>
  import('./pages/integrity/work/cases/ConflictCasePage.tsx').then((m) => ({
    default: m.ConflictCasePage,
  })),
);
const NotificationsToDecidePage = lazy(() =>
  import('./pages/integrity/work/notifications/NotificationsToDecidePage.tsx').then((m) => ({
    default: m.NotificationsToDecidePage,
  })),
);
const PersonMatchesPage = lazy(() =>
  import('./pages/integrity/work/matches/PersonMatchesPage.tsx').then((m) => ({
    default: m.PersonMatchesPage,
  })),
);
const MyConflictsPage = lazy(() =>
  import('./pages/integrity/declarant/MyConflictsPage.tsx').then((m) => ({
    default: m.MyConflictsPage,
  })),
);
const NewInterestDeclarationPage = lazy(() =>
  import('./pages/integrity/declarant/NewInterestDeclarationPage.tsx').then((m) => ({
    default: m.NewInterestDeclarationPage,
  })),
);
const InterestDeclarationPage = lazy(() =>
  import('./pages/integrity/declarant/InterestDeclarationPage.tsx').then((m) => ({
    default: m.InterestDeclarationPage,
  })),
);
const PublicConflictNotificationsPage = lazy(() =>
  import('./pages/integrity/public/PublicConflictNotificationsPage.tsx').then((m) => ({
    default: m.PublicConflictNotificationsPage,
  })),
);
const StateOrganisationsPage = lazy(() =>
  import('./pages/integrity/public/StateOrganisationsPage.tsx').then((m) => ({
    default: m.StateOrganisationsPage,
  })),
);
const StateOrganisationPage = lazy(() =>
  import('./pages/integrity/public/StateOrganisationPage.tsx').then((m) => ({
    default: m.StateOrganisationPage,
  })),
);
const BarredEntitiesPage = lazy(() =>
  import('./pages/barred/BarredEntitiesPage.tsx').then((m) => ({
    default: m.BarredEntitiesPage,
  })),
);
const BarredEntityPage = lazy(() =>
  import('./pages/barred/BarredEntityPage.tsx').then((m) => ({
    default: m.BarredEntityPage,
  })),
);
const RecordBarPage = lazy(() =>
  import('./pages/barred/RecordBarPage.tsx').then((m) => ({ default: m.RecordBarPage })),
);
const TendersPage = lazy(() =>
  import('./pages/procurement/TendersPage.tsx').then((m) => ({ default: m.TendersPage })),
);
const TenderPage = lazy(() =>
  import('./pages/procurement/TenderPage.tsx').then((m) => ({ default: m.TenderPage })),
);
const BuyerPage = lazy(() =>
  import('./pages/procurement/BuyerPage.tsx').then((m) => ({ default: m.BuyerPage })),
);
const SupplierPage = lazy(() =>
  import('./pages/procurement/SupplierPage.tsx').then((m) => ({ default: m.SupplierPage })),
);
const ProcurementDashboardPage = lazy(() =>
  import('./pages/procurement/DashboardPage.tsx').then((m) => ({ default: m.DashboardPage })),
);
const ProcurementImportsPage = lazy(() =>
  import('./pages/procurement/work/ProcurementImportsPage.tsx').then((m) => ({
    default: m.ProcurementImportsPage,
  })),
);
const ProcurementConcernsPage = lazy(() =>
  import('./pages/procurement/work/ProcurementConcernsPage.tsx').then((m) => ({
    default: m.ProcurementConcernsPage,
  })),
);
const CourtsPage = lazy(() =>
  import('./pages/courts/CourtsPage.tsx').then((m) => ({ default: m.CourtsPage })),
);
const CourtPage = lazy(() =>
  import('./pages/courts/CourtPage.tsx').then((m) => ({ default: m.CourtPage })),
);
const VerifyAllocationsPage = lazy(() =>
  import('./pages/courts/verify/VerifyPage.tsx').then((m) => ({ default: m.VerifyPage })),
);
const CourtsWorkPage = lazy(() =>
  import('./pages/courts/work/CourtsWorkPage.tsx').then((m) => ({ default: m.CourtsWorkPage })),
);
const CourtCasePage = lazy(() =>
  import('./pages/courts/work/CasePage.tsx').then((m) => ({ default: m.CasePage })),
);
const ReportPage = lazy(() =>
  import('./pages/reporting/reporter/ReportPage.tsx').then((m) => ({ default: m.ReportPage })),
);
const ReportFollowUpPage = lazy(() =>
  import('./pages/reporting/reporter/FollowUpPage.tsx').then((m) => ({
    default: m.FollowUpPage,
  })),
);
const ReportStatisticsPage = lazy(() =>
  import('./pages/reporting/statistics/StatisticsPage.tsx').then((m) => ({
    default: m.StatisticsPage,
  })),
);
const WorkReportsPage = lazy(() =>
  import('./pages/reporting/work/WorkReportsPage.tsx').then((m) => ({
    default: m.WorkReportsPage,
  })),
);
const WorkReportPage = lazy(() =>
  import('./pages/reporting/work/WorkReportPage.tsx').then((m) => ({
    default: m.WorkReportPage,
  })),
);
const IdentityRequestsPage = lazy(() =>
  import('./pages/reporting/work/IdentityRequestsPage.tsx').then((m) => ({
    default: m.IdentityRequestsPage,
  })),
);
const ProtectionRequestsPage = lazy(() =>
  import('./pages/reporting/work/ProtectionQueuePage.tsx').then((m) => ({
    default: m.ProtectionQueuePage,
  })),
);
const ReporterRewardsPage = lazy(() =>
  import('./pages/reporting/work/RewardsPage.tsx').then((m) => ({ default: m.RewardsPage })),
);

/** A whistleblower's token lives in the provider's state only (memory, never storage). */
export function App() {
  return (
    <ReporterSessionProvider>
      <AppRoutes />
    </ReporterSessionProvider>
  );
}

function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="strategy" element={<StrategyPage />} />
        <Route path="strategy/items/:number" element={<PlanItemPage />} />
        <Route path="strategy/rating" element={<RatingPage />} />
        <Route path="strategy/agencies/:id" element={<AgencyPage />} />
        <Route path="strategy/indicators" element={<IndicatorsPage />} />
        <Route path="strategy/alternative" element={<AlternativeReportsPage />} />
        <Route path="strategy/registers" element={<RegistersPage />} />
        <Route path="strategy/registers/:register" element={<RegistersPage />} />
        <Route path="declarations" element={<PublicDeclarationsPage />} />
        <Route path="declarations/:id" element={<PublishedDeclarationPage />} />
        <Route path="opendata" element={<OpenDataPage />} />
        <Route path="conflict-notifications" element={<PublicConflictNotificationsPage />} />
        <Route path="state-organisations" element={<StateOrganisationsPage />} />
        <Route path="state-organisations/:id" element={<StateOrganisationPage />} />
        <Route path="barred-entities" element={<BarredEntitiesPage />} />
        <Route
          path="barred-entities/new"
          element={
            <RequireAccess access={BAR_KEEPERS}>
              <RecordBarPage />
            </RequireAccess>
          }
        />
        <Route path="barred-entities/:id" element={<BarredEntityPage />} />
        <Route path="procurement" element={<TendersPage />} />
        <Route path="procurement/dashboard" element={<ProcurementDashboardPage />} />
        <Route path="procurement/tenders/:ocid" element={<TenderPage />} />
        <Route path="procurement/buyers/:id" element={<BuyerPage />} />
        <Route path="procurement/suppliers/:id" element={<SupplierPage />} />
        <Route path="courts" element={<CourtsPage />} />
        <Route path="courts/verify" element={<VerifyAllocationsPage />} />
        <Route path="courts/:code" element={<CourtPage />} />
        <Route path="courts/:code/:tab" element={<CourtPage />} />
        <Route path="report">
          <Route index element={<ReportPage />} />
          <Route path="follow-up" element={<ReportFollowUpPage />} />
          <Route path="statistics" element={<ReportStatisticsPage />} />
        </Route>
        <Route
          path="account"
          element={
            <RequireAccess access="signed-in">
              <AccountPage />
            </RequireAccess>
          }
        />
        <Route
          path="notifications"
          element={
            <RequireAccess access="signed-in">
              <NotificationsPage />
            </RequireAccess>
          }
        />
        <Route
          path="my-declarations"
          element={
            <RequireAccess access={DECLARANTS}>
              <MyDeclarationsPage />
            </RequireAccess>
          }
        />
        <Route
          path="my-declarations/:id"
          element={
            <RequireAccess access={DECLARANTS}>
              <MyDeclarationPage />
            </RequireAccess>
          }
        />
        <Route
          path="my-conflicts"
          element={
            <RequireAccess access={DECLARANTS}>
              <MyConflictsPage />
            </RequireAccess>
          }
        />
        <Route
          path="my-conflicts/interests/new"
          element={
            <RequireAccess access={DECLARANTS}>
              <NewInterestDeclarationPage />
            </RequireAccess>
          }
        />
        <Route
          path="my-conflicts/interests/:id"
          element={
            <RequireAccess access={DECLARANTS}>
              <InterestDeclarationPage />
            </RequireAccess>
          }
        />
        <Route path="work">
          <Route
            path="plans"
            element={
              <RequireAccess access={PLAN_KEEPERS}>
                <WorkPlansPage />
              </RequireAccess>
            }
          />
          <Route
            path="plans/:id"
            element={
              <RequireAccess access={PLAN_KEEPERS}>
                <WorkPlanPage />
              </RequireAccess>
            }
          />
          <Route
            path="measures/:id"
            element={
              <RequireAccess access={PLAN_KEEPERS}>
                <WorkMeasurePage />
              </RequireAccess>
            }
          />
          <Route
            path="review"
            element={
              <RequireAccess access={COORDINATORS}>
                <ReviewQueuePage />
              </RequireAccess>
            }
          />
          <Route
            path="reports/:id"
            element={
              <RequireAccess access={PLAN_KEEPERS}>
                <ReviewReportPage />
              </RequireAccess>
            }
          />
          <Route
            path="periods"
            element={
              <RequireAccess access={COORDINATORS}>
                <PeriodsPage />
              </RequireAccess>
            }
          />
          <Route
            path="declaration-checks"
            element={
              <RequireAccess access={VERIFIERS}>
                <DeclarationChecksPage />
              </RequireAccess>
            }
          />
          <Route
            path="declarations/:id"
            element={
              <RequireAccess access={DECLARATION_READERS}>
                <DeclarationUnderCheckPage />
              </RequireAccess>
            }
          />
          <Route
            path="declaration-filing"
            element={
              <RequireAccess access={FILING_WATCHERS}>
                <DeclarationFilingPage />
              </RequireAccess>
            }
          />
          <Route
            path="referrals"
            element={
              <RequireAccess access={PROSECUTORS}>
                <ReferralsPage />
              </RequireAccess>
            }
          />
          <Route
            path="referrals/:id"
            element={
              <RequireAccess access={PROSECUTORS}>
                <ReferralPage />
              </RequireAccess>
            }
          />
          <Route
            path="relations"
            element={
              <RequireAccess access={RELATIONS_READERS}>
                <RelationsSearchPage />
              </RequireAccess>
            }
          />
          <Route
            path="relations/person/:id"
            element={
              <RequireAccess access={RELATIONS_READERS}>
                <PersonRelationsPage />
              </RequireAccess>
            }
          />
          <Route
            path="relations/entity/:id"
            element={
              <RequireAccess access={RELATIONS_READERS}>
                <EntityRelationsPage />
              </RequireAccess>
            }
          />
          <Route
            path="conflicts"
            element={
              <RequireAccess access={CONFLICT_FINDING_READERS}>
                <ConflictsPage />
              </RequireAccess>
            }
          />
          <Route
            path="conflict-cases"
            element={
              <RequireAccess access={CONFLICT_CASE_READERS}>
                <ConflictCasesPage />
              </RequireAccess>
            }
          />
          <Route
            path="conflict-cases/:id"
            element={
              <RequireAccess access={CONFLICT_CASE_READERS}>
                <ConflictCasePage />
              </RequireAccess>
            }
          />
          <Route
            path="conflict-notifications"
            element={
              <RequireAccess access={AGENCY_HEADS}>
                <NotificationsToDecidePage />
              </RequireAccess>
            }
          />
          <Route
            path="person-matches"
            element={
              <RequireAccess access={VERIFIERS}>
                <PersonMatchesPage />
              </RequireAccess>
            }
          />
          <Route
            path="procurement-concerns"
            element={
              <RequireAccess access={CONCERN_ANSWERERS}>
                <ProcurementConcernsPage />
              </RequireAccess>
            }
          />
          <Route
            path="courts"
            element={
              <RequireAccess access={COURT_ADMINS}>
                <CourtsWorkPage />
              </RequireAccess>
            }
          />
          <Route
            path="courts/cases/:id"
            element={
              <RequireAccess access={COURT_ADMINS}>
                <CourtCasePage />
              </RequireAccess>
            }
          />
          <Route
            path="procurement-imports"
            element={
              <RequireAccess access={ADMIN_ONLY}>
                <ProcurementImportsPage />
              </RequireAccess>
            }
          />
          <Route
            path="whistleblower-reports"
            element={
              <RequireAccess access={REPORT_HANDLERS}>
                <WorkReportsPage />
              </RequireAccess>
            }
          />
          <Route
            path="whistleblower-reports/:id"
            element={
              <RequireAccess access={REPORT_HANDLERS}>
                <WorkReportPage />
              </RequireAccess>
            }
          />
          <Route
            path="identity-requests"
            element={
              <RequireAccess access={IDENTITY_CUSTODIANS}>
                <IdentityRequestsPage />
              </RequireAccess>
            }
          />
          <Route
            path="protection"
            element={
              <RequireAccess access={PROSECUTORS}>
                <ProtectionRequestsPage />
              </RequireAccess>
            }
          />
          <Route
            path="rewards"
            element={
              <RequireAccess access={REPORT_HANDLERS}>
                <ReporterRewardsPage />
              </RequireAccess>
            }
          />
        </Route>
        <Route path="admin">
          <Route
            path="users"
            element={
              <RequireAccess access={ADMIN_ONLY}>
                <UsersPage />
              </RequireAccess>
            }
          />
          <Route
            path="agencies"
            element={
              <RequireAccess access={ADMIN_ONLY}>
                <AgenciesPage />
              </RequireAccess>
            }
          />
          <Route
            path="audit"
            element={
              <RequireAccess access={ADMIN_ONLY}>
                <AuditPage />
              </RequireAccess>
            }
          />
          <Route
            path="organisations"
            element={
              <RequireAccess access={ADMIN_ONLY}>
                <OrganisationsPage />
              </RequireAccess>
            }
          />
          <Route
            path="jobs"
            element={
              <RequireAccess access={ADMIN_ONLY}>
                <JobsPage />
              </RequireAccess>
            }
          />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
