/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query TwoFactorGate {\n    myTwoFactor {\n      enabled\n    }\n  }\n": typeof types.TwoFactorGateDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      roles\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation ChangeEmail($newEmail: String!, $currentPassword: String!) {\n    changeEmail(newEmail: $newEmail, currentPassword: $currentPassword)\n  }\n": typeof types.ChangeEmailDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token)\n  }\n": typeof types.ConfirmEmailChangeDocument,
    "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ConfirmEmailDocument,
    "\n  fragment StoredCreditProfileFields on CreditProfile {\n    profession\n    licenceNumber\n    licenceJurisdiction\n    npi\n    boardReportingConsent\n    boardReportingConsentAt\n    boardIdentifier\n    birthMonth\n    birthDay\n  }\n": typeof types.StoredCreditProfileFieldsFragmentDoc,
    "\n  query MyCreditProfile {\n    myCreditProfile {\n      ...StoredCreditProfileFields\n    }\n  }\n": typeof types.MyCreditProfileDocument,
    "\n  mutation UpdateCreditProfile($input: CreditProfileInput!) {\n    updateCreditProfile(input: $input) {\n      ...StoredCreditProfileFields\n    }\n  }\n": typeof types.UpdateCreditProfileDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  query MyData {\n    myData\n  }\n": typeof types.MyDataDocument,
    "\n  mutation DeleteMyAccount($currentPassword: String!) {\n    deleteMyAccount(currentPassword: $currentPassword)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  query SignInProviders {\n    signInProviders {\n      slug\n      displayName\n      signInUrl\n    }\n  }\n": typeof types.SignInProvidersDocument,
    "\n  mutation ResendConfirmation($email: String!) {\n    resendConfirmation(email: $email)\n  }\n": typeof types.ResendConfirmationDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      user {\n        id\n      }\n      secondFactorChallenge\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation CompleteSignIn($challenge: String!, $code: String!) {\n    completeSignIn(challenge: $challenge, code: $code) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.CompleteSignInDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      device\n      address\n      signedInAt\n      lastSeenAt\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation EndSession($sessionId: ID!) {\n    endSession(sessionId: $sessionId)\n  }\n": typeof types.EndSessionDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        id\n      }\n      secondFactorChallenge\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      confirmationRequired\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation ReplaceRecoveryCodes($code: String!) {\n    replaceRecoveryCodes(code: $code) {\n      codes\n    }\n  }\n": typeof types.ReplaceRecoveryCodesDocument,
    "\n  mutation TurnOffTwoFactor($code: String!) {\n    turnOffTwoFactor(code: $code)\n  }\n": typeof types.TurnOffTwoFactorDocument,
    "\n  query MyTwoFactor {\n    myTwoFactor {\n      enabled\n      required\n      recoveryCodesLeft\n    }\n  }\n": typeof types.MyTwoFactorDocument,
    "\n  mutation StartTwoFactorSetup {\n    startTwoFactorSetup {\n      secret\n      qrCode\n    }\n  }\n": typeof types.StartTwoFactorSetupDocument,
    "\n  mutation ConfirmTwoFactorSetup($code: String!) {\n    confirmTwoFactorSetup(code: $code) {\n      codes\n    }\n  }\n": typeof types.ConfirmTwoFactorSetupDocument,
    "\n  fragment AuditEntryRow on AuditEntry {\n    action\n    actorEmail\n    subjectEmail\n    details\n    createdAt\n  }\n": typeof types.AuditEntryRowFragmentDoc,
    "\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...AuditEntryRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation SaveIdentityProvider($input: IdentityProviderInput!) {\n    saveIdentityProvider(input: $input) {\n      id\n    }\n  }\n": typeof types.SaveIdentityProviderDocument,
    "\n  query IdentityProviders {\n    identityProviders {\n      id\n      displayName\n      slug\n      issuer\n      clientId\n      allowedDomains\n      groupsClaim\n      groupRoles {\n        group\n        role\n      }\n      enabled\n      callbackUrl\n    }\n  }\n": typeof types.IdentityProvidersDocument,
    "\n  fragment LearningRecordDeliveryRow on LearningRecordDelivery {\n    eventId\n    statementId\n    verb\n    objectName\n    occurredAt\n    status\n    tries\n    lastError\n    nextTryAt\n    settledAt\n  }\n": typeof types.LearningRecordDeliveryRowFragmentDoc,
    "\n  fragment LearningRecordQueueSummary on LearningRecordQueue {\n    waiting\n    retrying\n    sent\n    failed\n    problems {\n      ...LearningRecordDeliveryRow\n    }\n    recentlySent {\n      ...LearningRecordDeliveryRow\n    }\n  }\n": typeof types.LearningRecordQueueSummaryFragmentDoc,
    "\n  mutation RetryFailedLearningRecords {\n    retryFailedLearningRecords\n  }\n": typeof types.RetryFailedLearningRecordsDocument,
    "\n  mutation SendEarlierLearningEvents {\n    sendEarlierLearningEvents\n  }\n": typeof types.SendEarlierLearningEventsDocument,
    "\n  mutation SaveLearningRecordStore($input: LearningRecordStoreInput!) {\n    saveLearningRecordStore(input: $input) {\n      endpoint\n      authKey\n      enabled\n      sendsFrom\n      updatedAt\n    }\n  }\n": typeof types.SaveLearningRecordStoreDocument,
    "\n  query LearningRecordStore {\n    learningRecordStore {\n      endpoint\n      authKey\n      enabled\n      sendsFrom\n    }\n    learningRecordQueue {\n      ...LearningRecordQueueSummary\n    }\n  }\n": typeof types.LearningRecordStoreDocument,
    "\n  mutation SaveLtiPlatform($input: LtiPlatformInput!) {\n    saveLtiPlatform(input: $input) {\n      id\n    }\n  }\n": typeof types.SaveLtiPlatformDocument,
    "\n  query LtiPlatforms {\n    ltiPlatforms {\n      id\n      name\n      issuer\n      clientId\n      loginUrl\n      accessTokenUrl\n      keySetUrl\n      deploymentIds\n    }\n    ltiToolConfiguration {\n      loginUrl\n      launchUrl\n      keySetUrl\n      deepLinkingUrl\n    }\n  }\n": typeof types.LtiPlatformsDocument,
    "\n  mutation RemoveLtiPlatform($id: ID!) {\n    removeLtiPlatform(id: $id)\n  }\n": typeof types.RemoveLtiPlatformDocument,
    "\n  mutation ResetTwoFactor($userId: ID!) {\n    resetTwoFactor(userId: $userId)\n  }\n": typeof types.ResetTwoFactorDocument,
    "\n  fragment UserRolesRow on User {\n    id\n    name\n    email\n    roles\n  }\n": typeof types.UserRolesRowFragmentDoc,
    "\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...UserRolesRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      id\n      roles\n    }\n  }\n": typeof types.SetUserRolesDocument,
    "\n  query AuthorQuizzes {\n    courses {\n      id\n      slug\n      title\n      modules {\n        id\n        position\n        title\n        quiz {\n          id\n          title\n          questionCount\n          version\n        }\n      }\n      finalQuiz {\n        id\n        title\n        questionCount\n        version\n      }\n    }\n  }\n": typeof types.AuthorQuizzesDocument,
    "\n  query CitationReviews($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      title\n      modules {\n        id\n        lessons {\n          id\n          slug\n          title\n        }\n      }\n    }\n    citationReviews(courseSlug: $courseSlug) {\n      ...CitationReviewFields\n    }\n  }\n": typeof types.CitationReviewsDocument,
    "\n  mutation ClearCitationReview($id: ID!, $note: String!) {\n    clearCitationReview(id: $id, note: $note) {\n      ...CitationReviewFields\n    }\n  }\n": typeof types.ClearCitationReviewDocument,
    "\n  query ItemAnalysis($quizId: ID!, $version: Int) {\n    quizForAuthoring(id: $quizId) {\n      id\n      title\n      version\n      status\n      changes {\n        comparedWithVersion\n      }\n    }\n    itemAnalysis(quizId: $quizId, version: $version) {\n      version\n      attempts\n      ...ItemAnalysisTable\n    }\n  }\n": typeof types.ItemAnalysisDocument,
    "\n  fragment ItemAnalysisTable on ItemAnalysis {\n    questions {\n      questionId\n      key\n      position\n      prompt\n      attempts\n      shareCorrect\n      discrimination\n      upperLowerIndex\n      flags\n      options {\n        optionId\n        text\n        correct\n        chosenShare\n        upperChosenShare\n        lowerChosenShare\n      }\n    }\n  }\n": typeof types.ItemAnalysisTableFragmentDoc,
    "\n  query QuizEditor($quizId: ID!) {\n    quizForAuthoring(id: $quizId) {\n      ...EditedQuiz\n      citationReviews {\n        ...CitationReviewFields\n      }\n    }\n  }\n": typeof types.QuizEditorDocument,
    "\n  query RegradePreview($input: RegradeInput!) {\n    regradePreview(input: $input) {\n      mode\n      questionKey\n      keyVersion\n      attemptsExamined\n      attemptsOpen\n      nowPassing\n      nowFailing\n      changes {\n        attemptId\n        learnerName\n        learnerEmail\n        attemptNumber\n        quizVersion\n        oldScore\n        newScore\n        oldPassed\n        newPassed\n      }\n    }\n  }\n": typeof types.RegradePreviewDocument,
    "\n  mutation StartRegrade($input: RegradeInput!) {\n    startRegrade(input: $input) {\n      id\n    }\n  }\n": typeof types.StartRegradeDocument,
    "\n  query Regrade($id: ID!) {\n    regrade(id: $id) {\n      id\n      status\n      attemptsTotal\n      attemptsDone\n      attemptsOpen\n      resultsChanged\n      nowPassing\n      nowFailing\n    }\n  }\n": typeof types.RegradeDocument,
    "\n  fragment CitationReviewFields on CitationReview {\n    id\n    courseSlug\n    courseVersion\n    citingKind\n    lessonSlug\n    quizSlug\n    questionKey\n    citedKind\n    citedKey\n    reviewedText\n    currentText\n    flaggedAt\n    clearance {\n      clearedAt\n      clearedBy\n      clearedIn\n      note\n    }\n  }\n": typeof types.CitationReviewFieldsFragmentDoc,
    "\n  fragment EditedQuiz on AuthoredQuiz {\n    id\n    version\n    status\n    publishedAt\n    title\n    passingScore\n    maxAttempts\n    cooldownSeconds\n    timeLimitSeconds\n    drawCount\n    shuffleQuestions\n    shuffleOptions\n    feedback\n    scoring\n    questions {\n      id\n      key\n      type\n      prompt\n      explanation\n      passageAnchor\n      referenceKeys\n      options {\n        id\n        text\n        correct\n      }\n      numericAnswer {\n        value\n        tolerance\n        min\n        max\n      }\n      acceptedAnswers\n    }\n    changes {\n      comparedWithVersion\n      addedQuestions\n      changedQuestions\n      archivedQuestions\n      reordered\n      changedSettings\n    }\n  }\n": typeof types.EditedQuizFragmentDoc,
    "\n  mutation ImportQtiPackage($quizId: ID!, $packageBase64: String!, $passageAnchor: String) {\n    importQtiPackage(quizId: $quizId, packageBase64: $packageBase64, passageAnchor: $passageAnchor) {\n      quiz {\n        ...EditedQuiz\n      }\n      imported {\n        itemIdentifier\n        questionKey\n        type\n        replaced\n        leftOut\n      }\n      notImported {\n        itemIdentifier\n        file\n        reasons\n      }\n      otherContentLeftOut\n    }\n  }\n": typeof types.ImportQtiPackageDocument,
    "\n  mutation UpdateQuizSettings($quizId: ID!, $input: QuizSettingsInput!) {\n    updateQuizSettings(quizId: $quizId, input: $input) {\n      ...EditedQuiz\n    }\n  }\n": typeof types.UpdateQuizSettingsDocument,
    "\n  mutation CreateQuestion($quizId: ID!, $input: NewQuestionInput!) {\n    createQuestion(quizId: $quizId, input: $input) {\n      ...EditedQuiz\n    }\n  }\n": typeof types.CreateQuestionDocument,
    "\n  mutation UpdateQuestion($questionId: ID!, $input: QuestionInput!) {\n    updateQuestion(questionId: $questionId, input: $input) {\n      ...EditedQuiz\n    }\n  }\n": typeof types.UpdateQuestionDocument,
    "\n  mutation ArchiveQuestion($questionId: ID!) {\n    archiveQuestion(questionId: $questionId) {\n      ...EditedQuiz\n    }\n  }\n": typeof types.ArchiveQuestionDocument,
    "\n  mutation ReorderQuestions($quizId: ID!, $questionIds: [ID!]!) {\n    reorderQuestions(quizId: $quizId, questionIds: $questionIds) {\n      ...EditedQuiz\n    }\n  }\n": typeof types.ReorderQuestionsDocument,
    "\n  mutation PublishQuiz($quizId: ID!) {\n    publishQuiz(quizId: $quizId) {\n      ...EditedQuiz\n    }\n  }\n": typeof types.PublishQuizDocument,
    "\n  fragment AttestationPrompt on CourseProgress {\n    eligibleForCertificate\n    attestationAccepted\n    course {\n      slug\n      title\n      attestation\n    }\n  }\n": typeof types.AttestationPromptFragmentDoc,
    "\n  mutation AcceptAttestation($courseSlug: String!, $statement: String) {\n    acceptAttestation(courseSlug: $courseSlug, statement: $statement) {\n      courseSlug\n      statement\n    }\n  }\n": typeof types.AcceptAttestationDocument,
    "\n  query CertificateBatch($id: ID!) {\n    certificateBatch(id: $id) {\n      id\n      status\n      total\n      issued\n      skipped\n      failed\n    }\n  }\n": typeof types.CertificateBatchDocument,
    "\n  query CertificateCourses {\n    courses {\n      id\n      slug\n      title\n    }\n  }\n": typeof types.CertificateCoursesDocument,
    "\n  fragment EligibleLearnerRow on EligibleLearner {\n    id\n    name\n    email\n    completedAt\n    attestedAt\n  }\n": typeof types.EligibleLearnerRowFragmentDoc,
    "\n  mutation IssueCertificates($userIds: [ID!]!, $courseSlug: String!) {\n    issueCertificates(userIds: $userIds, courseSlug: $courseSlug) {\n      id\n    }\n  }\n": typeof types.IssueCertificatesDocument,
    "\n  query EligibleLearners($courseSlug: String!, $first: Int, $after: String) {\n    eligibleLearners(courseSlug: $courseSlug, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...EligibleLearnerRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.EligibleLearnersDocument,
    "\n  fragment IssuedCertificateRow on Certificate {\n    id\n    code\n    holderName\n    status\n    issuedAt\n    expiresAt\n    revokedAt\n    revocationReason\n    pdfUrl\n  }\n": typeof types.IssuedCertificateRowFragmentDoc,
    "\n  query CourseCertificates($courseSlug: String!, $first: Int, $after: String) {\n    courseCertificates(courseSlug: $courseSlug, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...IssuedCertificateRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CourseCertificatesDocument,
    "\n  mutation RevokeCertificate($certificateId: ID!, $reason: String!) {\n    revokeCertificate(certificateId: $certificateId, reason: $reason) {\n      id\n      ...IssuedCertificateRow\n    }\n  }\n": typeof types.RevokeCertificateDocument,
    "\n  query LearnerSearch($search: String) {\n    users(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.LearnerSearchDocument,
    "\n  query MyCertificates {\n    myCertificates {\n      id\n      status\n      ...WalletCertificate\n    }\n    myCourses {\n      eligibleForCertificate\n      attestationAccepted\n      certificate {\n        id\n      }\n      course {\n        id\n        slug\n        title\n      }\n      ...AttestationPrompt\n    }\n  }\n": typeof types.MyCertificatesDocument,
    "\n  query Outbox($first: Int) {\n    outbox(first: $first) {\n      fileName\n      to\n      subject\n      createdAt\n      text\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  query RegradedCertificates {\n    certificatesAfterRegrades {\n      certificateId\n      code\n      holderName\n      holderEmail\n      courseTitle\n      issuedAt\n      quizTitle\n      regradeId\n      regradedAt\n      oldScore\n      newScore\n    }\n  }\n": typeof types.RegradedCertificatesDocument,
    "\n  mutation DecideRegradedCertificate($certificateId: ID!, $regradeId: ID!, $decision: RegradeDecision!, $reason: String!) {\n    decideRegradedCertificate(certificateId: $certificateId, regradeId: $regradeId, decision: $decision, reason: $reason) {\n      certificateId\n      decision\n    }\n  }\n": typeof types.DecideRegradedCertificateDocument,
    "\n  fragment WalletCertificate on Certificate {\n    id\n    code\n    holderName\n    courseSlug\n    courseTitle\n    creditHours\n    creditClaim {\n      creditType\n      amount\n      designation\n      claimedAt\n    }\n    credits {\n      type\n      maximum\n      designation\n    }\n    issuedAt\n    expiresAt\n    status\n    revokedAt\n    revocationReason\n    pdfUrl\n    credentialUrl\n    openBadgeUrl\n    issuerName\n    verifyUrl\n  }\n": typeof types.WalletCertificateFragmentDoc,
    "\n  mutation IssueCertificate($userId: ID!, $courseSlug: String!, $overrideReason: String, $idempotencyKey: String) {\n    issueCertificate(userId: $userId, courseSlug: $courseSlug, overrideReason: $overrideReason, idempotencyKey: $idempotencyKey) {\n      id\n      code\n      holderName\n    }\n  }\n": typeof types.IssueCertificateDocument,
    "\n  mutation ClaimCredit($input: ClaimCreditInput!) {\n    claimCredit(input: $input) {\n      claimedAt\n    }\n  }\n": typeof types.ClaimCreditDocument,
    "\n  query CreditClaimOptions($courseSlug: String!) {\n    creditClaimOptions(courseSlug: $courseSlug) {\n      certificateCode\n      blocker\n      measuredMinutes\n      offers {\n        type\n        maximum\n        designation\n        openToProfession\n      }\n      claim {\n        creditType\n        amount\n        designation\n        claimedAt\n        measuredMinutes\n        attested\n      }\n    }\n  }\n": typeof types.CreditClaimOptionsDocument,
    "\n  query CourseEvaluationForm($courseSlug: String!) {\n    courseEvaluation(courseSlug: $courseSlug) {\n      version\n      submittedAt\n      items {\n        id\n        kind\n        prompt\n        scale\n        required\n      }\n    }\n  }\n": typeof types.CourseEvaluationFormDocument,
    "\n  mutation SubmitEvaluation($input: SubmitEvaluationInput!) {\n    submitEvaluation(input: $input) {\n      submittedAt\n    }\n  }\n": typeof types.SubmitEvaluationDocument,
    "\n  query Catalog {\n    courses {\n      id\n      ...CourseCard\n    }\n  }\n": typeof types.CatalogDocument,
    "\n  fragment CitedPassages on Lesson {\n    sourcePassages {\n      id\n      anchor\n      section\n      text\n      ...PassageAppraisal\n    }\n  }\n": typeof types.CitedPassagesFragmentDoc,
    "\n  fragment CourseAbout on Course {\n    sourceTitle\n    audience\n    scope\n    sourceProvenance {\n      publisher\n      type\n      date\n    }\n    references {\n      ...CitedReference\n    }\n  }\n": typeof types.CourseAboutFragmentDoc,
    "\n  fragment CourseAccreditation on Course {\n    accreditation {\n      provider\n      accredited\n      statement\n      activityId\n      credits {\n        type\n        maximum\n        designation\n      }\n    }\n  }\n": typeof types.CourseAccreditationFragmentDoc,
    "\n  fragment CourseCard on Course {\n    slug\n    title\n    summary\n    creditHours\n    modules {\n      id\n    }\n  }\n": typeof types.CourseCardFragmentDoc,
    "\n  fragment CourseDates on Course {\n    life {\n      releasedAt\n      lastReviewedAt\n      terminatesAt\n      terminated\n    }\n  }\n": typeof types.CourseDatesFragmentDoc,
    "\n  fragment CourseDisclosures on Course {\n    disclosures {\n      collectedOn\n      people {\n        name\n        roles\n        relationships {\n          company\n          nature\n          mitigation\n        }\n      }\n      commercialSupport {\n        supporter\n        kind\n      }\n    }\n  }\n": typeof types.CourseDisclosuresFragmentDoc,
    "\n  query CourseOutline($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      summary\n      creditHours\n      sourceTitle\n      estimatedMinutes\n      ...CourseAbout\n      ...CourseAccreditation\n      ...CourseDisclosures\n      ...CourseDates\n      modules {\n        id\n        position\n        lessons {\n          slug\n          position\n        }\n        ...ModuleOutline\n      }\n      finalQuiz {\n        ...QuizStep\n      }\n      myProgress {\n        modules {\n          moduleId\n          ...ModuleOutlineProgress\n        }\n        ...CourseStanding\n      }\n    }\n  }\n": typeof types.CourseOutlineDocument,
    "\n  mutation Enroll($courseSlug: String!) {\n    enroll(courseSlug: $courseSlug) {\n      id\n      course {\n        id\n      }\n    }\n  }\n": typeof types.EnrollDocument,
    "\n  fragment CourseProgressCard on CourseProgress {\n    status\n    course {\n      slug\n      title\n    }\n    ...CourseStanding\n    ...ModuleStandings\n  }\n": typeof types.CourseProgressCardFragmentDoc,
    "\n  fragment CourseStanding on CourseProgress {\n    percent\n    completedLessons\n    totalLessons\n    eligibleForCertificate\n    course {\n      title\n    }\n    ...NextStepLink\n  }\n": typeof types.CourseStandingFragmentDoc,
    "\n  query MyCourses {\n    myCourses {\n      course {\n        id\n      }\n      ...CourseProgressCard\n    }\n  }\n": typeof types.MyCoursesDocument,
    "\n  fragment DisclosuresGate on Course {\n    slug\n    version\n    disclosuresAcknowledgedAt\n    ...CourseDisclosures\n  }\n": typeof types.DisclosuresGateFragmentDoc,
    "\n  mutation AcknowledgeDisclosures($courseSlug: String!, $version: Int!) {\n    acknowledgeDisclosures(courseSlug: $courseSlug, version: $version) {\n      version\n      acknowledgedAt\n    }\n  }\n": typeof types.AcknowledgeDisclosuresDocument,
    "\n  fragment LessonBody on Lesson {\n    html\n  }\n": typeof types.LessonBodyFragmentDoc,
    "\n  query LessonReader($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      sourceTitle\n      ...DisclosuresGate\n      modules {\n        id\n        title\n        position\n        lessons {\n          id\n          slug\n          title\n          position\n          ...LessonBody\n          ...CitedPassages\n          ...LessonReferences\n        }\n      }\n      myProgress {\n        modules {\n          lessons {\n            lessonId\n            completed\n          }\n        }\n      }\n    }\n  }\n": typeof types.LessonReaderDocument,
    "\n  mutation CompleteLesson($lessonId: ID!, $timeSpentSeconds: Int) {\n    completeLesson(lessonId: $lessonId, timeSpentSeconds: $timeSpentSeconds) {\n      lessonId\n      completed\n      courseProgress {\n        percent\n        course {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CompleteLessonDocument,
    "\n  fragment LessonReferences on Lesson {\n    references {\n      ...CitedReference\n    }\n    sourcePassages {\n      id\n      appraisal {\n        references {\n          ...CitedReference\n        }\n      }\n    }\n  }\n": typeof types.LessonReferencesFragmentDoc,
    "\n  fragment ModuleOutline on CourseModule {\n    slug\n    title\n    position\n    objectives\n    lessons {\n      id\n      slug\n      title\n      position\n    }\n    quiz {\n      ...QuizStep\n    }\n  }\n": typeof types.ModuleOutlineFragmentDoc,
    "\n  fragment ModuleOutlineProgress on ModuleProgress {\n    status\n    quizPassed\n    bestQuizScore\n    lessons {\n      lessonId\n      completed\n    }\n  }\n": typeof types.ModuleOutlineProgressFragmentDoc,
    "\n  fragment ModuleStandings on CourseProgress {\n    modules {\n      moduleId\n      position\n      title\n      status\n      completedLessons\n      totalLessons\n      quizId\n      quizPassed\n      bestQuizScore\n      attemptsLeft\n    }\n    finalExamPassed\n    bestFinalExamScore\n    finalExamAttemptsLeft\n  }\n": typeof types.ModuleStandingsFragmentDoc,
    "\n  fragment NextStepLink on CourseProgress {\n    completedSteps\n    course {\n      slug\n    }\n    modules {\n      slug\n      title\n    }\n    nextStep {\n      kind\n      moduleSlug\n      lesson {\n        slug\n        title\n      }\n      quiz {\n        id\n      }\n    }\n  }\n": typeof types.NextStepLinkFragmentDoc,
    "\n  fragment QuizStep on Quiz {\n    id\n    title\n    ...QuizFacts\n  }\n": typeof types.QuizStepFragmentDoc,
    "\n  fragment CitedReference on Reference {\n    key\n    number\n    title\n    publisher\n    year\n    identifier\n    url\n    readOn\n  }\n": typeof types.CitedReferenceFragmentDoc,
    "\n  query AttemptPage($courseSlug: String!, $attemptId: ID!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      modules {\n        id\n        position\n        quiz {\n          id\n          title\n          passingScore\n        }\n      }\n      finalQuiz {\n        id\n        title\n        passingScore\n      }\n    }\n    attempt(id: $attemptId) {\n      id\n      quizId\n      attemptNumber\n      status\n      ...AttemptPlayer\n      ...AttemptResult\n    }\n  }\n": typeof types.AttemptPageDocument,
    "\n  fragment AttemptResult on QuizAttempt {\n    id\n    status\n    score\n    passed\n    attemptsLeft\n    questions {\n      id\n      type\n      prompt\n      options {\n        id\n        text\n      }\n    }\n    savedAnswers {\n      questionId\n      optionIds\n      number\n      text\n    }\n    feedback {\n      questionId\n      ...QuestionReview\n    }\n    ...RegradeNotes\n  }\n": typeof types.AttemptResultFragmentDoc,
    "\n  fragment QuestionReview on QuestionFeedback {\n    correct\n    credit\n    explanation\n    passage {\n      section\n      text\n      ...PassageAppraisal\n    }\n    reviewUrl\n    references {\n      key\n      number\n      title\n      url\n    }\n    correctOptionIds\n    acceptedAnswers\n    numericAnswer {\n      value\n      tolerance\n      min\n      max\n    }\n  }\n": typeof types.QuestionReviewFragmentDoc,
    "\n  query QuizIntro($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      modules {\n        id\n        position\n        quiz {\n          id\n          ...QuizIntroDetails\n        }\n      }\n      finalQuiz {\n        id\n        ...QuizIntroDetails\n      }\n    }\n  }\n": typeof types.QuizIntroDocument,
    "\n  fragment QuizIntroDetails on Quiz {\n    id\n    title\n    maxAttempts\n    timeLimitSeconds\n    ...QuizFacts\n    myAttempts {\n      id\n      attemptNumber\n      status\n      score\n      passed\n    }\n  }\n": typeof types.QuizIntroDetailsFragmentDoc,
    "\n  fragment AttemptPlayer on QuizAttempt {\n    id\n    deadline\n    questions {\n      id\n      type\n      prompt\n      options {\n        id\n        text\n      }\n    }\n    savedAnswers {\n      questionId\n      optionIds\n      number\n      text\n    }\n  }\n": typeof types.AttemptPlayerFragmentDoc,
    "\n  fragment RegradeNotes on QuizAttempt {\n    regrades {\n      regradeId\n      regradedAt\n      reason\n      oldScore\n      newScore\n      oldPassed\n      newPassed\n    }\n  }\n": typeof types.RegradeNotesFragmentDoc,
    "\n  mutation SaveQuizAnswers($attemptId: ID!, $answers: [AnswerInput!]!) {\n    saveQuizAnswers(attemptId: $attemptId, answers: $answers) {\n      id\n    }\n  }\n": typeof types.SaveQuizAnswersDocument,
    "\n  mutation StartQuizAttempt($quizId: ID!) {\n    startQuizAttempt(quizId: $quizId) {\n      id\n    }\n  }\n": typeof types.StartQuizAttemptDocument,
    "\n  mutation SubmitQuizAttempt($attemptId: ID!, $answers: [AnswerInput!]!, $idempotencyKey: String!) {\n    submitQuizAttempt(attemptId: $attemptId, answers: $answers, idempotencyKey: $idempotencyKey) {\n      id\n      ...AttemptResult\n    }\n  }\n": typeof types.SubmitQuizAttemptDocument,
    "\n  fragment CohortMemberRow on CohortMember {\n    name\n    email\n    status\n    percent\n    eligibleForCertificate\n    finalExamBestScore\n    lastActivityAt\n    modules {\n      slug\n      status\n      bestQuizScore\n    }\n  }\n": typeof types.CohortMemberRowFragmentDoc,
    "\n  query CohortCourse($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      modules {\n        id\n        slug\n        title\n        position\n      }\n      finalQuiz {\n        id\n      }\n    }\n  }\n": typeof types.CohortCourseDocument,
    "\n  query CohortReport($courseSlug: String!, $filter: CohortFilter, $sort: CohortSort, $first: Int, $after: String) {\n    cohortReport(courseSlug: $courseSlug, filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        node {\n          learnerId\n          ...CohortMemberRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CohortReportDocument,
    "\n  query CourseActivity($courseSlug: String, $first: Int, $after: String) {\n    activityLog(courseSlug: $courseSlug, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...LearningEventRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CourseActivityDocument,
    "\n  query CourseEvaluationResults($courseSlug: String!, $version: Int) {\n    courseEvaluationResults(courseSlug: $courseSlug, version: $version) {\n      version\n      ...EvaluationResultsFields\n    }\n  }\n": typeof types.CourseEvaluationResultsDocument,
    "\n  query CreditActivityChoices {\n    creditActivities {\n      activityId\n      courseTitle\n    }\n  }\n": typeof types.CreditActivityChoicesDocument,
    "\n  query CreditSummary($activityId: String!, $from: Date, $to: Date) {\n    activityCreditSummary(activityId: $activityId, from: $from, to: $to) {\n      activityId\n      learners\n      learnersByProfession {\n        profession\n        learners\n      }\n      creditsByType {\n        creditType\n        claims\n        totalAmount\n      }\n      evaluations {\n        version\n        ...EvaluationResultsFields\n      }\n    }\n  }\n": typeof types.CreditSummaryDocument,
    "\n  fragment EvaluationResultsFields on EvaluationResults {\n    version\n    responses\n    items {\n      itemId\n      kind\n      prompt\n      purpose\n      answered\n      ratings {\n        value\n        label\n        count\n      }\n      meanRating\n      yes\n      no\n      comments\n    }\n  }\n": typeof types.EvaluationResultsFieldsFragmentDoc,
    "\n  fragment LearningEventRow on LearningEvent {\n    occurredAt\n    learnerName\n    learnerEmail\n    verb\n    objectName\n    result\n  }\n": typeof types.LearningEventRowFragmentDoc,
    "\n  query ReportCourses {\n    courses {\n      id\n      slug\n      title\n      summary\n    }\n  }\n": typeof types.ReportCoursesDocument,
    "\n  mutation SignOffCourseVersion($versionId: ID!, $contentHash: String!, $note: String!) {\n    signOffCourseVersion(versionId: $versionId, contentHash: $contentHash, note: $note) {\n      id\n      reviewedAt\n      terminatesAt\n    }\n  }\n": typeof types.SignOffCourseVersionDocument,
    "\n  query DueForReview($withinDays: Int!) {\n    dueForReview(withinDays: $withinDays) {\n      versionId\n      courseSlug\n      courseTitle\n      version\n      contentHash\n      releasedAt\n      lastReviewedAt\n      terminatesAt\n      daysLeft\n    }\n  }\n": typeof types.DueForReviewDocument,
    "\n  mutation AddExternalCredit($input: AddExternalCreditInput!) {\n    addExternalCredit(input: $input) {\n      id\n      activityTitle\n    }\n  }\n": typeof types.AddExternalCreditDocument,
    "\n  fragment TranscriptEntry on TranscriptEntry {\n    id\n    source\n    activityTitle\n    provider\n    creditType\n    amount\n    date\n    certificateCode\n  }\n": typeof types.TranscriptEntryFragmentDoc,
    "\n  mutation RemoveExternalCredit($id: ID!) {\n    removeExternalCredit(id: $id)\n  }\n": typeof types.RemoveExternalCreditDocument,
    "\n  query MyTranscript($from: Date, $to: Date) {\n    myTranscript(from: $from, to: $to) {\n      entries {\n        id\n        ...TranscriptEntry\n      }\n      totals {\n        ...TranscriptTotal\n      }\n    }\n  }\n": typeof types.MyTranscriptDocument,
    "\n  fragment TranscriptTotal on CreditTotal {\n    creditType\n    platform\n    selfReported\n    combined\n  }\n": typeof types.TranscriptTotalFragmentDoc,
    "\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      status\n      code\n      holderName\n      courseTitle\n      creditHours\n      issuedAt\n      expiresAt\n      revokedAt\n      issuerName\n      courseVersion\n      courseReviewedAt\n      currentCourseVersion\n      quizVersions {\n        title\n        version\n      }\n      credits {\n        type\n        maximum\n        designation\n      }\n      accreditationStatement\n      disclosuresAcknowledgedAt\n      creditClaim {\n        creditType\n        amount\n        designation\n        claimedAt\n      }\n    }\n  }\n": typeof types.VerifyCertificateDocument,
    "\n  fragment PassageAppraisal on SourcePassage {\n    appraisal {\n      verdict\n      correctionHtml\n    }\n  }\n": typeof types.PassageAppraisalFragmentDoc,
    "\n  fragment QuizFacts on Quiz {\n    questionCount\n    passingScore\n    maxAttempts\n    timeLimitSeconds\n  }\n": typeof types.QuizFactsFragmentDoc,
};
const documents: Documents = {
    "\n  query TwoFactorGate {\n    myTwoFactor {\n      enabled\n    }\n  }\n": types.TwoFactorGateDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      roles\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation ChangeEmail($newEmail: String!, $currentPassword: String!) {\n    changeEmail(newEmail: $newEmail, currentPassword: $currentPassword)\n  }\n": types.ChangeEmailDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token)\n  }\n": types.ConfirmEmailChangeDocument,
    "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      user {\n        id\n      }\n    }\n  }\n": types.ConfirmEmailDocument,
    "\n  fragment StoredCreditProfileFields on CreditProfile {\n    profession\n    licenceNumber\n    licenceJurisdiction\n    npi\n    boardReportingConsent\n    boardReportingConsentAt\n    boardIdentifier\n    birthMonth\n    birthDay\n  }\n": types.StoredCreditProfileFieldsFragmentDoc,
    "\n  query MyCreditProfile {\n    myCreditProfile {\n      ...StoredCreditProfileFields\n    }\n  }\n": types.MyCreditProfileDocument,
    "\n  mutation UpdateCreditProfile($input: CreditProfileInput!) {\n    updateCreditProfile(input: $input) {\n      ...StoredCreditProfileFields\n    }\n  }\n": types.UpdateCreditProfileDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  query MyData {\n    myData\n  }\n": types.MyDataDocument,
    "\n  mutation DeleteMyAccount($currentPassword: String!) {\n    deleteMyAccount(currentPassword: $currentPassword)\n  }\n": types.DeleteMyAccountDocument,
    "\n  query SignInProviders {\n    signInProviders {\n      slug\n      displayName\n      signInUrl\n    }\n  }\n": types.SignInProvidersDocument,
    "\n  mutation ResendConfirmation($email: String!) {\n    resendConfirmation(email: $email)\n  }\n": types.ResendConfirmationDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      user {\n        id\n      }\n      secondFactorChallenge\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation CompleteSignIn($challenge: String!, $code: String!) {\n    completeSignIn(challenge: $challenge, code: $code) {\n      user {\n        id\n      }\n    }\n  }\n": types.CompleteSignInDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      device\n      address\n      signedInAt\n      lastSeenAt\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation EndSession($sessionId: ID!) {\n    endSession(sessionId: $sessionId)\n  }\n": types.EndSessionDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        id\n      }\n      secondFactorChallenge\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      confirmationRequired\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation ReplaceRecoveryCodes($code: String!) {\n    replaceRecoveryCodes(code: $code) {\n      codes\n    }\n  }\n": types.ReplaceRecoveryCodesDocument,
    "\n  mutation TurnOffTwoFactor($code: String!) {\n    turnOffTwoFactor(code: $code)\n  }\n": types.TurnOffTwoFactorDocument,
    "\n  query MyTwoFactor {\n    myTwoFactor {\n      enabled\n      required\n      recoveryCodesLeft\n    }\n  }\n": types.MyTwoFactorDocument,
    "\n  mutation StartTwoFactorSetup {\n    startTwoFactorSetup {\n      secret\n      qrCode\n    }\n  }\n": types.StartTwoFactorSetupDocument,
    "\n  mutation ConfirmTwoFactorSetup($code: String!) {\n    confirmTwoFactorSetup(code: $code) {\n      codes\n    }\n  }\n": types.ConfirmTwoFactorSetupDocument,
    "\n  fragment AuditEntryRow on AuditEntry {\n    action\n    actorEmail\n    subjectEmail\n    details\n    createdAt\n  }\n": types.AuditEntryRowFragmentDoc,
    "\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...AuditEntryRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation SaveIdentityProvider($input: IdentityProviderInput!) {\n    saveIdentityProvider(input: $input) {\n      id\n    }\n  }\n": types.SaveIdentityProviderDocument,
    "\n  query IdentityProviders {\n    identityProviders {\n      id\n      displayName\n      slug\n      issuer\n      clientId\n      allowedDomains\n      groupsClaim\n      groupRoles {\n        group\n        role\n      }\n      enabled\n      callbackUrl\n    }\n  }\n": types.IdentityProvidersDocument,
    "\n  fragment LearningRecordDeliveryRow on LearningRecordDelivery {\n    eventId\n    statementId\n    verb\n    objectName\n    occurredAt\n    status\n    tries\n    lastError\n    nextTryAt\n    settledAt\n  }\n": types.LearningRecordDeliveryRowFragmentDoc,
    "\n  fragment LearningRecordQueueSummary on LearningRecordQueue {\n    waiting\n    retrying\n    sent\n    failed\n    problems {\n      ...LearningRecordDeliveryRow\n    }\n    recentlySent {\n      ...LearningRecordDeliveryRow\n    }\n  }\n": types.LearningRecordQueueSummaryFragmentDoc,
    "\n  mutation RetryFailedLearningRecords {\n    retryFailedLearningRecords\n  }\n": types.RetryFailedLearningRecordsDocument,
    "\n  mutation SendEarlierLearningEvents {\n    sendEarlierLearningEvents\n  }\n": types.SendEarlierLearningEventsDocument,
    "\n  mutation SaveLearningRecordStore($input: LearningRecordStoreInput!) {\n    saveLearningRecordStore(input: $input) {\n      endpoint\n      authKey\n      enabled\n      sendsFrom\n      updatedAt\n    }\n  }\n": types.SaveLearningRecordStoreDocument,
    "\n  query LearningRecordStore {\n    learningRecordStore {\n      endpoint\n      authKey\n      enabled\n      sendsFrom\n    }\n    learningRecordQueue {\n      ...LearningRecordQueueSummary\n    }\n  }\n": types.LearningRecordStoreDocument,
    "\n  mutation SaveLtiPlatform($input: LtiPlatformInput!) {\n    saveLtiPlatform(input: $input) {\n      id\n    }\n  }\n": types.SaveLtiPlatformDocument,
    "\n  query LtiPlatforms {\n    ltiPlatforms {\n      id\n      name\n      issuer\n      clientId\n      loginUrl\n      accessTokenUrl\n      keySetUrl\n      deploymentIds\n    }\n    ltiToolConfiguration {\n      loginUrl\n      launchUrl\n      keySetUrl\n      deepLinkingUrl\n    }\n  }\n": types.LtiPlatformsDocument,
    "\n  mutation RemoveLtiPlatform($id: ID!) {\n    removeLtiPlatform(id: $id)\n  }\n": types.RemoveLtiPlatformDocument,
    "\n  mutation ResetTwoFactor($userId: ID!) {\n    resetTwoFactor(userId: $userId)\n  }\n": types.ResetTwoFactorDocument,
    "\n  fragment UserRolesRow on User {\n    id\n    name\n    email\n    roles\n  }\n": types.UserRolesRowFragmentDoc,
    "\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...UserRolesRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      id\n      roles\n    }\n  }\n": types.SetUserRolesDocument,
    "\n  query AuthorQuizzes {\n    courses {\n      id\n      slug\n      title\n      modules {\n        id\n        position\n        title\n        quiz {\n          id\n          title\n          questionCount\n          version\n        }\n      }\n      finalQuiz {\n        id\n        title\n        questionCount\n        version\n      }\n    }\n  }\n": types.AuthorQuizzesDocument,
    "\n  query CitationReviews($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      title\n      modules {\n        id\n        lessons {\n          id\n          slug\n          title\n        }\n      }\n    }\n    citationReviews(courseSlug: $courseSlug) {\n      ...CitationReviewFields\n    }\n  }\n": types.CitationReviewsDocument,
    "\n  mutation ClearCitationReview($id: ID!, $note: String!) {\n    clearCitationReview(id: $id, note: $note) {\n      ...CitationReviewFields\n    }\n  }\n": types.ClearCitationReviewDocument,
    "\n  query ItemAnalysis($quizId: ID!, $version: Int) {\n    quizForAuthoring(id: $quizId) {\n      id\n      title\n      version\n      status\n      changes {\n        comparedWithVersion\n      }\n    }\n    itemAnalysis(quizId: $quizId, version: $version) {\n      version\n      attempts\n      ...ItemAnalysisTable\n    }\n  }\n": types.ItemAnalysisDocument,
    "\n  fragment ItemAnalysisTable on ItemAnalysis {\n    questions {\n      questionId\n      key\n      position\n      prompt\n      attempts\n      shareCorrect\n      discrimination\n      upperLowerIndex\n      flags\n      options {\n        optionId\n        text\n        correct\n        chosenShare\n        upperChosenShare\n        lowerChosenShare\n      }\n    }\n  }\n": types.ItemAnalysisTableFragmentDoc,
    "\n  query QuizEditor($quizId: ID!) {\n    quizForAuthoring(id: $quizId) {\n      ...EditedQuiz\n      citationReviews {\n        ...CitationReviewFields\n      }\n    }\n  }\n": types.QuizEditorDocument,
    "\n  query RegradePreview($input: RegradeInput!) {\n    regradePreview(input: $input) {\n      mode\n      questionKey\n      keyVersion\n      attemptsExamined\n      attemptsOpen\n      nowPassing\n      nowFailing\n      changes {\n        attemptId\n        learnerName\n        learnerEmail\n        attemptNumber\n        quizVersion\n        oldScore\n        newScore\n        oldPassed\n        newPassed\n      }\n    }\n  }\n": types.RegradePreviewDocument,
    "\n  mutation StartRegrade($input: RegradeInput!) {\n    startRegrade(input: $input) {\n      id\n    }\n  }\n": types.StartRegradeDocument,
    "\n  query Regrade($id: ID!) {\n    regrade(id: $id) {\n      id\n      status\n      attemptsTotal\n      attemptsDone\n      attemptsOpen\n      resultsChanged\n      nowPassing\n      nowFailing\n    }\n  }\n": types.RegradeDocument,
    "\n  fragment CitationReviewFields on CitationReview {\n    id\n    courseSlug\n    courseVersion\n    citingKind\n    lessonSlug\n    quizSlug\n    questionKey\n    citedKind\n    citedKey\n    reviewedText\n    currentText\n    flaggedAt\n    clearance {\n      clearedAt\n      clearedBy\n      clearedIn\n      note\n    }\n  }\n": types.CitationReviewFieldsFragmentDoc,
    "\n  fragment EditedQuiz on AuthoredQuiz {\n    id\n    version\n    status\n    publishedAt\n    title\n    passingScore\n    maxAttempts\n    cooldownSeconds\n    timeLimitSeconds\n    drawCount\n    shuffleQuestions\n    shuffleOptions\n    feedback\n    scoring\n    questions {\n      id\n      key\n      type\n      prompt\n      explanation\n      passageAnchor\n      referenceKeys\n      options {\n        id\n        text\n        correct\n      }\n      numericAnswer {\n        value\n        tolerance\n        min\n        max\n      }\n      acceptedAnswers\n    }\n    changes {\n      comparedWithVersion\n      addedQuestions\n      changedQuestions\n      archivedQuestions\n      reordered\n      changedSettings\n    }\n  }\n": types.EditedQuizFragmentDoc,
    "\n  mutation ImportQtiPackage($quizId: ID!, $packageBase64: String!, $passageAnchor: String) {\n    importQtiPackage(quizId: $quizId, packageBase64: $packageBase64, passageAnchor: $passageAnchor) {\n      quiz {\n        ...EditedQuiz\n      }\n      imported {\n        itemIdentifier\n        questionKey\n        type\n        replaced\n        leftOut\n      }\n      notImported {\n        itemIdentifier\n        file\n        reasons\n      }\n      otherContentLeftOut\n    }\n  }\n": types.ImportQtiPackageDocument,
    "\n  mutation UpdateQuizSettings($quizId: ID!, $input: QuizSettingsInput!) {\n    updateQuizSettings(quizId: $quizId, input: $input) {\n      ...EditedQuiz\n    }\n  }\n": types.UpdateQuizSettingsDocument,
    "\n  mutation CreateQuestion($quizId: ID!, $input: NewQuestionInput!) {\n    createQuestion(quizId: $quizId, input: $input) {\n      ...EditedQuiz\n    }\n  }\n": types.CreateQuestionDocument,
    "\n  mutation UpdateQuestion($questionId: ID!, $input: QuestionInput!) {\n    updateQuestion(questionId: $questionId, input: $input) {\n      ...EditedQuiz\n    }\n  }\n": types.UpdateQuestionDocument,
    "\n  mutation ArchiveQuestion($questionId: ID!) {\n    archiveQuestion(questionId: $questionId) {\n      ...EditedQuiz\n    }\n  }\n": types.ArchiveQuestionDocument,
    "\n  mutation ReorderQuestions($quizId: ID!, $questionIds: [ID!]!) {\n    reorderQuestions(quizId: $quizId, questionIds: $questionIds) {\n      ...EditedQuiz\n    }\n  }\n": types.ReorderQuestionsDocument,
    "\n  mutation PublishQuiz($quizId: ID!) {\n    publishQuiz(quizId: $quizId) {\n      ...EditedQuiz\n    }\n  }\n": types.PublishQuizDocument,
    "\n  fragment AttestationPrompt on CourseProgress {\n    eligibleForCertificate\n    attestationAccepted\n    course {\n      slug\n      title\n      attestation\n    }\n  }\n": types.AttestationPromptFragmentDoc,
    "\n  mutation AcceptAttestation($courseSlug: String!, $statement: String) {\n    acceptAttestation(courseSlug: $courseSlug, statement: $statement) {\n      courseSlug\n      statement\n    }\n  }\n": types.AcceptAttestationDocument,
    "\n  query CertificateBatch($id: ID!) {\n    certificateBatch(id: $id) {\n      id\n      status\n      total\n      issued\n      skipped\n      failed\n    }\n  }\n": types.CertificateBatchDocument,
    "\n  query CertificateCourses {\n    courses {\n      id\n      slug\n      title\n    }\n  }\n": types.CertificateCoursesDocument,
    "\n  fragment EligibleLearnerRow on EligibleLearner {\n    id\n    name\n    email\n    completedAt\n    attestedAt\n  }\n": types.EligibleLearnerRowFragmentDoc,
    "\n  mutation IssueCertificates($userIds: [ID!]!, $courseSlug: String!) {\n    issueCertificates(userIds: $userIds, courseSlug: $courseSlug) {\n      id\n    }\n  }\n": types.IssueCertificatesDocument,
    "\n  query EligibleLearners($courseSlug: String!, $first: Int, $after: String) {\n    eligibleLearners(courseSlug: $courseSlug, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...EligibleLearnerRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.EligibleLearnersDocument,
    "\n  fragment IssuedCertificateRow on Certificate {\n    id\n    code\n    holderName\n    status\n    issuedAt\n    expiresAt\n    revokedAt\n    revocationReason\n    pdfUrl\n  }\n": types.IssuedCertificateRowFragmentDoc,
    "\n  query CourseCertificates($courseSlug: String!, $first: Int, $after: String) {\n    courseCertificates(courseSlug: $courseSlug, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...IssuedCertificateRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CourseCertificatesDocument,
    "\n  mutation RevokeCertificate($certificateId: ID!, $reason: String!) {\n    revokeCertificate(certificateId: $certificateId, reason: $reason) {\n      id\n      ...IssuedCertificateRow\n    }\n  }\n": types.RevokeCertificateDocument,
    "\n  query LearnerSearch($search: String) {\n    users(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.LearnerSearchDocument,
    "\n  query MyCertificates {\n    myCertificates {\n      id\n      status\n      ...WalletCertificate\n    }\n    myCourses {\n      eligibleForCertificate\n      attestationAccepted\n      certificate {\n        id\n      }\n      course {\n        id\n        slug\n        title\n      }\n      ...AttestationPrompt\n    }\n  }\n": types.MyCertificatesDocument,
    "\n  query Outbox($first: Int) {\n    outbox(first: $first) {\n      fileName\n      to\n      subject\n      createdAt\n      text\n    }\n  }\n": types.OutboxDocument,
    "\n  query RegradedCertificates {\n    certificatesAfterRegrades {\n      certificateId\n      code\n      holderName\n      holderEmail\n      courseTitle\n      issuedAt\n      quizTitle\n      regradeId\n      regradedAt\n      oldScore\n      newScore\n    }\n  }\n": types.RegradedCertificatesDocument,
    "\n  mutation DecideRegradedCertificate($certificateId: ID!, $regradeId: ID!, $decision: RegradeDecision!, $reason: String!) {\n    decideRegradedCertificate(certificateId: $certificateId, regradeId: $regradeId, decision: $decision, reason: $reason) {\n      certificateId\n      decision\n    }\n  }\n": types.DecideRegradedCertificateDocument,
    "\n  fragment WalletCertificate on Certificate {\n    id\n    code\n    holderName\n    courseSlug\n    courseTitle\n    creditHours\n    creditClaim {\n      creditType\n      amount\n      designation\n      claimedAt\n    }\n    credits {\n      type\n      maximum\n      designation\n    }\n    issuedAt\n    expiresAt\n    status\n    revokedAt\n    revocationReason\n    pdfUrl\n    credentialUrl\n    openBadgeUrl\n    issuerName\n    verifyUrl\n  }\n": types.WalletCertificateFragmentDoc,
    "\n  mutation IssueCertificate($userId: ID!, $courseSlug: String!, $overrideReason: String, $idempotencyKey: String) {\n    issueCertificate(userId: $userId, courseSlug: $courseSlug, overrideReason: $overrideReason, idempotencyKey: $idempotencyKey) {\n      id\n      code\n      holderName\n    }\n  }\n": types.IssueCertificateDocument,
    "\n  mutation ClaimCredit($input: ClaimCreditInput!) {\n    claimCredit(input: $input) {\n      claimedAt\n    }\n  }\n": types.ClaimCreditDocument,
    "\n  query CreditClaimOptions($courseSlug: String!) {\n    creditClaimOptions(courseSlug: $courseSlug) {\n      certificateCode\n      blocker\n      measuredMinutes\n      offers {\n        type\n        maximum\n        designation\n        openToProfession\n      }\n      claim {\n        creditType\n        amount\n        designation\n        claimedAt\n        measuredMinutes\n        attested\n      }\n    }\n  }\n": types.CreditClaimOptionsDocument,
    "\n  query CourseEvaluationForm($courseSlug: String!) {\n    courseEvaluation(courseSlug: $courseSlug) {\n      version\n      submittedAt\n      items {\n        id\n        kind\n        prompt\n        scale\n        required\n      }\n    }\n  }\n": types.CourseEvaluationFormDocument,
    "\n  mutation SubmitEvaluation($input: SubmitEvaluationInput!) {\n    submitEvaluation(input: $input) {\n      submittedAt\n    }\n  }\n": types.SubmitEvaluationDocument,
    "\n  query Catalog {\n    courses {\n      id\n      ...CourseCard\n    }\n  }\n": types.CatalogDocument,
    "\n  fragment CitedPassages on Lesson {\n    sourcePassages {\n      id\n      anchor\n      section\n      text\n      ...PassageAppraisal\n    }\n  }\n": types.CitedPassagesFragmentDoc,
    "\n  fragment CourseAbout on Course {\n    sourceTitle\n    audience\n    scope\n    sourceProvenance {\n      publisher\n      type\n      date\n    }\n    references {\n      ...CitedReference\n    }\n  }\n": types.CourseAboutFragmentDoc,
    "\n  fragment CourseAccreditation on Course {\n    accreditation {\n      provider\n      accredited\n      statement\n      activityId\n      credits {\n        type\n        maximum\n        designation\n      }\n    }\n  }\n": types.CourseAccreditationFragmentDoc,
    "\n  fragment CourseCard on Course {\n    slug\n    title\n    summary\n    creditHours\n    modules {\n      id\n    }\n  }\n": types.CourseCardFragmentDoc,
    "\n  fragment CourseDates on Course {\n    life {\n      releasedAt\n      lastReviewedAt\n      terminatesAt\n      terminated\n    }\n  }\n": types.CourseDatesFragmentDoc,
    "\n  fragment CourseDisclosures on Course {\n    disclosures {\n      collectedOn\n      people {\n        name\n        roles\n        relationships {\n          company\n          nature\n          mitigation\n        }\n      }\n      commercialSupport {\n        supporter\n        kind\n      }\n    }\n  }\n": types.CourseDisclosuresFragmentDoc,
    "\n  query CourseOutline($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      summary\n      creditHours\n      sourceTitle\n      estimatedMinutes\n      ...CourseAbout\n      ...CourseAccreditation\n      ...CourseDisclosures\n      ...CourseDates\n      modules {\n        id\n        position\n        lessons {\n          slug\n          position\n        }\n        ...ModuleOutline\n      }\n      finalQuiz {\n        ...QuizStep\n      }\n      myProgress {\n        modules {\n          moduleId\n          ...ModuleOutlineProgress\n        }\n        ...CourseStanding\n      }\n    }\n  }\n": types.CourseOutlineDocument,
    "\n  mutation Enroll($courseSlug: String!) {\n    enroll(courseSlug: $courseSlug) {\n      id\n      course {\n        id\n      }\n    }\n  }\n": types.EnrollDocument,
    "\n  fragment CourseProgressCard on CourseProgress {\n    status\n    course {\n      slug\n      title\n    }\n    ...CourseStanding\n    ...ModuleStandings\n  }\n": types.CourseProgressCardFragmentDoc,
    "\n  fragment CourseStanding on CourseProgress {\n    percent\n    completedLessons\n    totalLessons\n    eligibleForCertificate\n    course {\n      title\n    }\n    ...NextStepLink\n  }\n": types.CourseStandingFragmentDoc,
    "\n  query MyCourses {\n    myCourses {\n      course {\n        id\n      }\n      ...CourseProgressCard\n    }\n  }\n": types.MyCoursesDocument,
    "\n  fragment DisclosuresGate on Course {\n    slug\n    version\n    disclosuresAcknowledgedAt\n    ...CourseDisclosures\n  }\n": types.DisclosuresGateFragmentDoc,
    "\n  mutation AcknowledgeDisclosures($courseSlug: String!, $version: Int!) {\n    acknowledgeDisclosures(courseSlug: $courseSlug, version: $version) {\n      version\n      acknowledgedAt\n    }\n  }\n": types.AcknowledgeDisclosuresDocument,
    "\n  fragment LessonBody on Lesson {\n    html\n  }\n": types.LessonBodyFragmentDoc,
    "\n  query LessonReader($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      sourceTitle\n      ...DisclosuresGate\n      modules {\n        id\n        title\n        position\n        lessons {\n          id\n          slug\n          title\n          position\n          ...LessonBody\n          ...CitedPassages\n          ...LessonReferences\n        }\n      }\n      myProgress {\n        modules {\n          lessons {\n            lessonId\n            completed\n          }\n        }\n      }\n    }\n  }\n": types.LessonReaderDocument,
    "\n  mutation CompleteLesson($lessonId: ID!, $timeSpentSeconds: Int) {\n    completeLesson(lessonId: $lessonId, timeSpentSeconds: $timeSpentSeconds) {\n      lessonId\n      completed\n      courseProgress {\n        percent\n        course {\n          id\n        }\n      }\n    }\n  }\n": types.CompleteLessonDocument,
    "\n  fragment LessonReferences on Lesson {\n    references {\n      ...CitedReference\n    }\n    sourcePassages {\n      id\n      appraisal {\n        references {\n          ...CitedReference\n        }\n      }\n    }\n  }\n": types.LessonReferencesFragmentDoc,
    "\n  fragment ModuleOutline on CourseModule {\n    slug\n    title\n    position\n    objectives\n    lessons {\n      id\n      slug\n      title\n      position\n    }\n    quiz {\n      ...QuizStep\n    }\n  }\n": types.ModuleOutlineFragmentDoc,
    "\n  fragment ModuleOutlineProgress on ModuleProgress {\n    status\n    quizPassed\n    bestQuizScore\n    lessons {\n      lessonId\n      completed\n    }\n  }\n": types.ModuleOutlineProgressFragmentDoc,
    "\n  fragment ModuleStandings on CourseProgress {\n    modules {\n      moduleId\n      position\n      title\n      status\n      completedLessons\n      totalLessons\n      quizId\n      quizPassed\n      bestQuizScore\n      attemptsLeft\n    }\n    finalExamPassed\n    bestFinalExamScore\n    finalExamAttemptsLeft\n  }\n": types.ModuleStandingsFragmentDoc,
    "\n  fragment NextStepLink on CourseProgress {\n    completedSteps\n    course {\n      slug\n    }\n    modules {\n      slug\n      title\n    }\n    nextStep {\n      kind\n      moduleSlug\n      lesson {\n        slug\n        title\n      }\n      quiz {\n        id\n      }\n    }\n  }\n": types.NextStepLinkFragmentDoc,
    "\n  fragment QuizStep on Quiz {\n    id\n    title\n    ...QuizFacts\n  }\n": types.QuizStepFragmentDoc,
    "\n  fragment CitedReference on Reference {\n    key\n    number\n    title\n    publisher\n    year\n    identifier\n    url\n    readOn\n  }\n": types.CitedReferenceFragmentDoc,
    "\n  query AttemptPage($courseSlug: String!, $attemptId: ID!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      modules {\n        id\n        position\n        quiz {\n          id\n          title\n          passingScore\n        }\n      }\n      finalQuiz {\n        id\n        title\n        passingScore\n      }\n    }\n    attempt(id: $attemptId) {\n      id\n      quizId\n      attemptNumber\n      status\n      ...AttemptPlayer\n      ...AttemptResult\n    }\n  }\n": types.AttemptPageDocument,
    "\n  fragment AttemptResult on QuizAttempt {\n    id\n    status\n    score\n    passed\n    attemptsLeft\n    questions {\n      id\n      type\n      prompt\n      options {\n        id\n        text\n      }\n    }\n    savedAnswers {\n      questionId\n      optionIds\n      number\n      text\n    }\n    feedback {\n      questionId\n      ...QuestionReview\n    }\n    ...RegradeNotes\n  }\n": types.AttemptResultFragmentDoc,
    "\n  fragment QuestionReview on QuestionFeedback {\n    correct\n    credit\n    explanation\n    passage {\n      section\n      text\n      ...PassageAppraisal\n    }\n    reviewUrl\n    references {\n      key\n      number\n      title\n      url\n    }\n    correctOptionIds\n    acceptedAnswers\n    numericAnswer {\n      value\n      tolerance\n      min\n      max\n    }\n  }\n": types.QuestionReviewFragmentDoc,
    "\n  query QuizIntro($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      modules {\n        id\n        position\n        quiz {\n          id\n          ...QuizIntroDetails\n        }\n      }\n      finalQuiz {\n        id\n        ...QuizIntroDetails\n      }\n    }\n  }\n": types.QuizIntroDocument,
    "\n  fragment QuizIntroDetails on Quiz {\n    id\n    title\n    maxAttempts\n    timeLimitSeconds\n    ...QuizFacts\n    myAttempts {\n      id\n      attemptNumber\n      status\n      score\n      passed\n    }\n  }\n": types.QuizIntroDetailsFragmentDoc,
    "\n  fragment AttemptPlayer on QuizAttempt {\n    id\n    deadline\n    questions {\n      id\n      type\n      prompt\n      options {\n        id\n        text\n      }\n    }\n    savedAnswers {\n      questionId\n      optionIds\n      number\n      text\n    }\n  }\n": types.AttemptPlayerFragmentDoc,
    "\n  fragment RegradeNotes on QuizAttempt {\n    regrades {\n      regradeId\n      regradedAt\n      reason\n      oldScore\n      newScore\n      oldPassed\n      newPassed\n    }\n  }\n": types.RegradeNotesFragmentDoc,
    "\n  mutation SaveQuizAnswers($attemptId: ID!, $answers: [AnswerInput!]!) {\n    saveQuizAnswers(attemptId: $attemptId, answers: $answers) {\n      id\n    }\n  }\n": types.SaveQuizAnswersDocument,
    "\n  mutation StartQuizAttempt($quizId: ID!) {\n    startQuizAttempt(quizId: $quizId) {\n      id\n    }\n  }\n": types.StartQuizAttemptDocument,
    "\n  mutation SubmitQuizAttempt($attemptId: ID!, $answers: [AnswerInput!]!, $idempotencyKey: String!) {\n    submitQuizAttempt(attemptId: $attemptId, answers: $answers, idempotencyKey: $idempotencyKey) {\n      id\n      ...AttemptResult\n    }\n  }\n": types.SubmitQuizAttemptDocument,
    "\n  fragment CohortMemberRow on CohortMember {\n    name\n    email\n    status\n    percent\n    eligibleForCertificate\n    finalExamBestScore\n    lastActivityAt\n    modules {\n      slug\n      status\n      bestQuizScore\n    }\n  }\n": types.CohortMemberRowFragmentDoc,
    "\n  query CohortCourse($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      modules {\n        id\n        slug\n        title\n        position\n      }\n      finalQuiz {\n        id\n      }\n    }\n  }\n": types.CohortCourseDocument,
    "\n  query CohortReport($courseSlug: String!, $filter: CohortFilter, $sort: CohortSort, $first: Int, $after: String) {\n    cohortReport(courseSlug: $courseSlug, filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        node {\n          learnerId\n          ...CohortMemberRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CohortReportDocument,
    "\n  query CourseActivity($courseSlug: String, $first: Int, $after: String) {\n    activityLog(courseSlug: $courseSlug, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...LearningEventRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CourseActivityDocument,
    "\n  query CourseEvaluationResults($courseSlug: String!, $version: Int) {\n    courseEvaluationResults(courseSlug: $courseSlug, version: $version) {\n      version\n      ...EvaluationResultsFields\n    }\n  }\n": types.CourseEvaluationResultsDocument,
    "\n  query CreditActivityChoices {\n    creditActivities {\n      activityId\n      courseTitle\n    }\n  }\n": types.CreditActivityChoicesDocument,
    "\n  query CreditSummary($activityId: String!, $from: Date, $to: Date) {\n    activityCreditSummary(activityId: $activityId, from: $from, to: $to) {\n      activityId\n      learners\n      learnersByProfession {\n        profession\n        learners\n      }\n      creditsByType {\n        creditType\n        claims\n        totalAmount\n      }\n      evaluations {\n        version\n        ...EvaluationResultsFields\n      }\n    }\n  }\n": types.CreditSummaryDocument,
    "\n  fragment EvaluationResultsFields on EvaluationResults {\n    version\n    responses\n    items {\n      itemId\n      kind\n      prompt\n      purpose\n      answered\n      ratings {\n        value\n        label\n        count\n      }\n      meanRating\n      yes\n      no\n      comments\n    }\n  }\n": types.EvaluationResultsFieldsFragmentDoc,
    "\n  fragment LearningEventRow on LearningEvent {\n    occurredAt\n    learnerName\n    learnerEmail\n    verb\n    objectName\n    result\n  }\n": types.LearningEventRowFragmentDoc,
    "\n  query ReportCourses {\n    courses {\n      id\n      slug\n      title\n      summary\n    }\n  }\n": types.ReportCoursesDocument,
    "\n  mutation SignOffCourseVersion($versionId: ID!, $contentHash: String!, $note: String!) {\n    signOffCourseVersion(versionId: $versionId, contentHash: $contentHash, note: $note) {\n      id\n      reviewedAt\n      terminatesAt\n    }\n  }\n": types.SignOffCourseVersionDocument,
    "\n  query DueForReview($withinDays: Int!) {\n    dueForReview(withinDays: $withinDays) {\n      versionId\n      courseSlug\n      courseTitle\n      version\n      contentHash\n      releasedAt\n      lastReviewedAt\n      terminatesAt\n      daysLeft\n    }\n  }\n": types.DueForReviewDocument,
    "\n  mutation AddExternalCredit($input: AddExternalCreditInput!) {\n    addExternalCredit(input: $input) {\n      id\n      activityTitle\n    }\n  }\n": types.AddExternalCreditDocument,
    "\n  fragment TranscriptEntry on TranscriptEntry {\n    id\n    source\n    activityTitle\n    provider\n    creditType\n    amount\n    date\n    certificateCode\n  }\n": types.TranscriptEntryFragmentDoc,
    "\n  mutation RemoveExternalCredit($id: ID!) {\n    removeExternalCredit(id: $id)\n  }\n": types.RemoveExternalCreditDocument,
    "\n  query MyTranscript($from: Date, $to: Date) {\n    myTranscript(from: $from, to: $to) {\n      entries {\n        id\n        ...TranscriptEntry\n      }\n      totals {\n        ...TranscriptTotal\n      }\n    }\n  }\n": types.MyTranscriptDocument,
    "\n  fragment TranscriptTotal on CreditTotal {\n    creditType\n    platform\n    selfReported\n    combined\n  }\n": types.TranscriptTotalFragmentDoc,
    "\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      status\n      code\n      holderName\n      courseTitle\n      creditHours\n      issuedAt\n      expiresAt\n      revokedAt\n      issuerName\n      courseVersion\n      courseReviewedAt\n      currentCourseVersion\n      quizVersions {\n        title\n        version\n      }\n      credits {\n        type\n        maximum\n        designation\n      }\n      accreditationStatement\n      disclosuresAcknowledgedAt\n      creditClaim {\n        creditType\n        amount\n        designation\n        claimedAt\n      }\n    }\n  }\n": types.VerifyCertificateDocument,
    "\n  fragment PassageAppraisal on SourcePassage {\n    appraisal {\n      verdict\n      correctionHtml\n    }\n  }\n": types.PassageAppraisalFragmentDoc,
    "\n  fragment QuizFacts on Quiz {\n    questionCount\n    passingScore\n    maxAttempts\n    timeLimitSeconds\n  }\n": types.QuizFactsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoFactorGate {\n    myTwoFactor {\n      enabled\n    }\n  }\n"): (typeof documents)["\n  query TwoFactorGate {\n    myTwoFactor {\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      roles\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      name\n      email\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeEmail($newEmail: String!, $currentPassword: String!) {\n    changeEmail(newEmail: $newEmail, currentPassword: $currentPassword)\n  }\n"): (typeof documents)["\n  mutation ChangeEmail($newEmail: String!, $currentPassword: String!) {\n    changeEmail(newEmail: $newEmail, currentPassword: $currentPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token)\n  }\n"): (typeof documents)["\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StoredCreditProfileFields on CreditProfile {\n    profession\n    licenceNumber\n    licenceJurisdiction\n    npi\n    boardReportingConsent\n    boardReportingConsentAt\n    boardIdentifier\n    birthMonth\n    birthDay\n  }\n"): (typeof documents)["\n  fragment StoredCreditProfileFields on CreditProfile {\n    profession\n    licenceNumber\n    licenceJurisdiction\n    npi\n    boardReportingConsent\n    boardReportingConsentAt\n    boardIdentifier\n    birthMonth\n    birthDay\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCreditProfile {\n    myCreditProfile {\n      ...StoredCreditProfileFields\n    }\n  }\n"): (typeof documents)["\n  query MyCreditProfile {\n    myCreditProfile {\n      ...StoredCreditProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCreditProfile($input: CreditProfileInput!) {\n    updateCreditProfile(input: $input) {\n      ...StoredCreditProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCreditProfile($input: CreditProfileInput!) {\n    updateCreditProfile(input: $input) {\n      ...StoredCreditProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyData {\n    myData\n  }\n"): (typeof documents)["\n  query MyData {\n    myData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($currentPassword: String!) {\n    deleteMyAccount(currentPassword: $currentPassword)\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($currentPassword: String!) {\n    deleteMyAccount(currentPassword: $currentPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInProviders {\n    signInProviders {\n      slug\n      displayName\n      signInUrl\n    }\n  }\n"): (typeof documents)["\n  query SignInProviders {\n    signInProviders {\n      slug\n      displayName\n      signInUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendConfirmation($email: String!) {\n    resendConfirmation(email: $email)\n  }\n"): (typeof documents)["\n  mutation ResendConfirmation($email: String!) {\n    resendConfirmation(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      user {\n        id\n      }\n      secondFactorChallenge\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      user {\n        id\n      }\n      secondFactorChallenge\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteSignIn($challenge: String!, $code: String!) {\n    completeSignIn(challenge: $challenge, code: $code) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteSignIn($challenge: String!, $code: String!) {\n    completeSignIn(challenge: $challenge, code: $code) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      device\n      address\n      signedInAt\n      lastSeenAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      device\n      address\n      signedInAt\n      lastSeenAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSession($sessionId: ID!) {\n    endSession(sessionId: $sessionId)\n  }\n"): (typeof documents)["\n  mutation EndSession($sessionId: ID!) {\n    endSession(sessionId: $sessionId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        id\n      }\n      secondFactorChallenge\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        id\n      }\n      secondFactorChallenge\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      confirmationRequired\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      confirmationRequired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplaceRecoveryCodes($code: String!) {\n    replaceRecoveryCodes(code: $code) {\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation ReplaceRecoveryCodes($code: String!) {\n    replaceRecoveryCodes(code: $code) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TurnOffTwoFactor($code: String!) {\n    turnOffTwoFactor(code: $code)\n  }\n"): (typeof documents)["\n  mutation TurnOffTwoFactor($code: String!) {\n    turnOffTwoFactor(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTwoFactor {\n    myTwoFactor {\n      enabled\n      required\n      recoveryCodesLeft\n    }\n  }\n"): (typeof documents)["\n  query MyTwoFactor {\n    myTwoFactor {\n      enabled\n      required\n      recoveryCodesLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTwoFactorSetup {\n    startTwoFactorSetup {\n      secret\n      qrCode\n    }\n  }\n"): (typeof documents)["\n  mutation StartTwoFactorSetup {\n    startTwoFactorSetup {\n      secret\n      qrCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTwoFactorSetup($code: String!) {\n    confirmTwoFactorSetup(code: $code) {\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTwoFactorSetup($code: String!) {\n    confirmTwoFactorSetup(code: $code) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryRow on AuditEntry {\n    action\n    actorEmail\n    subjectEmail\n    details\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AuditEntryRow on AuditEntry {\n    action\n    actorEmail\n    subjectEmail\n    details\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...AuditEntryRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...AuditEntryRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveIdentityProvider($input: IdentityProviderInput!) {\n    saveIdentityProvider(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SaveIdentityProvider($input: IdentityProviderInput!) {\n    saveIdentityProvider(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentityProviders {\n    identityProviders {\n      id\n      displayName\n      slug\n      issuer\n      clientId\n      allowedDomains\n      groupsClaim\n      groupRoles {\n        group\n        role\n      }\n      enabled\n      callbackUrl\n    }\n  }\n"): (typeof documents)["\n  query IdentityProviders {\n    identityProviders {\n      id\n      displayName\n      slug\n      issuer\n      clientId\n      allowedDomains\n      groupsClaim\n      groupRoles {\n        group\n        role\n      }\n      enabled\n      callbackUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LearningRecordDeliveryRow on LearningRecordDelivery {\n    eventId\n    statementId\n    verb\n    objectName\n    occurredAt\n    status\n    tries\n    lastError\n    nextTryAt\n    settledAt\n  }\n"): (typeof documents)["\n  fragment LearningRecordDeliveryRow on LearningRecordDelivery {\n    eventId\n    statementId\n    verb\n    objectName\n    occurredAt\n    status\n    tries\n    lastError\n    nextTryAt\n    settledAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LearningRecordQueueSummary on LearningRecordQueue {\n    waiting\n    retrying\n    sent\n    failed\n    problems {\n      ...LearningRecordDeliveryRow\n    }\n    recentlySent {\n      ...LearningRecordDeliveryRow\n    }\n  }\n"): (typeof documents)["\n  fragment LearningRecordQueueSummary on LearningRecordQueue {\n    waiting\n    retrying\n    sent\n    failed\n    problems {\n      ...LearningRecordDeliveryRow\n    }\n    recentlySent {\n      ...LearningRecordDeliveryRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryFailedLearningRecords {\n    retryFailedLearningRecords\n  }\n"): (typeof documents)["\n  mutation RetryFailedLearningRecords {\n    retryFailedLearningRecords\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendEarlierLearningEvents {\n    sendEarlierLearningEvents\n  }\n"): (typeof documents)["\n  mutation SendEarlierLearningEvents {\n    sendEarlierLearningEvents\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLearningRecordStore($input: LearningRecordStoreInput!) {\n    saveLearningRecordStore(input: $input) {\n      endpoint\n      authKey\n      enabled\n      sendsFrom\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveLearningRecordStore($input: LearningRecordStoreInput!) {\n    saveLearningRecordStore(input: $input) {\n      endpoint\n      authKey\n      enabled\n      sendsFrom\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningRecordStore {\n    learningRecordStore {\n      endpoint\n      authKey\n      enabled\n      sendsFrom\n    }\n    learningRecordQueue {\n      ...LearningRecordQueueSummary\n    }\n  }\n"): (typeof documents)["\n  query LearningRecordStore {\n    learningRecordStore {\n      endpoint\n      authKey\n      enabled\n      sendsFrom\n    }\n    learningRecordQueue {\n      ...LearningRecordQueueSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLtiPlatform($input: LtiPlatformInput!) {\n    saveLtiPlatform(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SaveLtiPlatform($input: LtiPlatformInput!) {\n    saveLtiPlatform(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LtiPlatforms {\n    ltiPlatforms {\n      id\n      name\n      issuer\n      clientId\n      loginUrl\n      accessTokenUrl\n      keySetUrl\n      deploymentIds\n    }\n    ltiToolConfiguration {\n      loginUrl\n      launchUrl\n      keySetUrl\n      deepLinkingUrl\n    }\n  }\n"): (typeof documents)["\n  query LtiPlatforms {\n    ltiPlatforms {\n      id\n      name\n      issuer\n      clientId\n      loginUrl\n      accessTokenUrl\n      keySetUrl\n      deploymentIds\n    }\n    ltiToolConfiguration {\n      loginUrl\n      launchUrl\n      keySetUrl\n      deepLinkingUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveLtiPlatform($id: ID!) {\n    removeLtiPlatform(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveLtiPlatform($id: ID!) {\n    removeLtiPlatform(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetTwoFactor($userId: ID!) {\n    resetTwoFactor(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation ResetTwoFactor($userId: ID!) {\n    resetTwoFactor(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRolesRow on User {\n    id\n    name\n    email\n    roles\n  }\n"): (typeof documents)["\n  fragment UserRolesRow on User {\n    id\n    name\n    email\n    roles\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...UserRolesRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...UserRolesRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      id\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorQuizzes {\n    courses {\n      id\n      slug\n      title\n      modules {\n        id\n        position\n        title\n        quiz {\n          id\n          title\n          questionCount\n          version\n        }\n      }\n      finalQuiz {\n        id\n        title\n        questionCount\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthorQuizzes {\n    courses {\n      id\n      slug\n      title\n      modules {\n        id\n        position\n        title\n        quiz {\n          id\n          title\n          questionCount\n          version\n        }\n      }\n      finalQuiz {\n        id\n        title\n        questionCount\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitationReviews($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      title\n      modules {\n        id\n        lessons {\n          id\n          slug\n          title\n        }\n      }\n    }\n    citationReviews(courseSlug: $courseSlug) {\n      ...CitationReviewFields\n    }\n  }\n"): (typeof documents)["\n  query CitationReviews($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      title\n      modules {\n        id\n        lessons {\n          id\n          slug\n          title\n        }\n      }\n    }\n    citationReviews(courseSlug: $courseSlug) {\n      ...CitationReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearCitationReview($id: ID!, $note: String!) {\n    clearCitationReview(id: $id, note: $note) {\n      ...CitationReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClearCitationReview($id: ID!, $note: String!) {\n    clearCitationReview(id: $id, note: $note) {\n      ...CitationReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ItemAnalysis($quizId: ID!, $version: Int) {\n    quizForAuthoring(id: $quizId) {\n      id\n      title\n      version\n      status\n      changes {\n        comparedWithVersion\n      }\n    }\n    itemAnalysis(quizId: $quizId, version: $version) {\n      version\n      attempts\n      ...ItemAnalysisTable\n    }\n  }\n"): (typeof documents)["\n  query ItemAnalysis($quizId: ID!, $version: Int) {\n    quizForAuthoring(id: $quizId) {\n      id\n      title\n      version\n      status\n      changes {\n        comparedWithVersion\n      }\n    }\n    itemAnalysis(quizId: $quizId, version: $version) {\n      version\n      attempts\n      ...ItemAnalysisTable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ItemAnalysisTable on ItemAnalysis {\n    questions {\n      questionId\n      key\n      position\n      prompt\n      attempts\n      shareCorrect\n      discrimination\n      upperLowerIndex\n      flags\n      options {\n        optionId\n        text\n        correct\n        chosenShare\n        upperChosenShare\n        lowerChosenShare\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ItemAnalysisTable on ItemAnalysis {\n    questions {\n      questionId\n      key\n      position\n      prompt\n      attempts\n      shareCorrect\n      discrimination\n      upperLowerIndex\n      flags\n      options {\n        optionId\n        text\n        correct\n        chosenShare\n        upperChosenShare\n        lowerChosenShare\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuizEditor($quizId: ID!) {\n    quizForAuthoring(id: $quizId) {\n      ...EditedQuiz\n      citationReviews {\n        ...CitationReviewFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuizEditor($quizId: ID!) {\n    quizForAuthoring(id: $quizId) {\n      ...EditedQuiz\n      citationReviews {\n        ...CitationReviewFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegradePreview($input: RegradeInput!) {\n    regradePreview(input: $input) {\n      mode\n      questionKey\n      keyVersion\n      attemptsExamined\n      attemptsOpen\n      nowPassing\n      nowFailing\n      changes {\n        attemptId\n        learnerName\n        learnerEmail\n        attemptNumber\n        quizVersion\n        oldScore\n        newScore\n        oldPassed\n        newPassed\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegradePreview($input: RegradeInput!) {\n    regradePreview(input: $input) {\n      mode\n      questionKey\n      keyVersion\n      attemptsExamined\n      attemptsOpen\n      nowPassing\n      nowFailing\n      changes {\n        attemptId\n        learnerName\n        learnerEmail\n        attemptNumber\n        quizVersion\n        oldScore\n        newScore\n        oldPassed\n        newPassed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRegrade($input: RegradeInput!) {\n    startRegrade(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StartRegrade($input: RegradeInput!) {\n    startRegrade(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Regrade($id: ID!) {\n    regrade(id: $id) {\n      id\n      status\n      attemptsTotal\n      attemptsDone\n      attemptsOpen\n      resultsChanged\n      nowPassing\n      nowFailing\n    }\n  }\n"): (typeof documents)["\n  query Regrade($id: ID!) {\n    regrade(id: $id) {\n      id\n      status\n      attemptsTotal\n      attemptsDone\n      attemptsOpen\n      resultsChanged\n      nowPassing\n      nowFailing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CitationReviewFields on CitationReview {\n    id\n    courseSlug\n    courseVersion\n    citingKind\n    lessonSlug\n    quizSlug\n    questionKey\n    citedKind\n    citedKey\n    reviewedText\n    currentText\n    flaggedAt\n    clearance {\n      clearedAt\n      clearedBy\n      clearedIn\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment CitationReviewFields on CitationReview {\n    id\n    courseSlug\n    courseVersion\n    citingKind\n    lessonSlug\n    quizSlug\n    questionKey\n    citedKind\n    citedKey\n    reviewedText\n    currentText\n    flaggedAt\n    clearance {\n      clearedAt\n      clearedBy\n      clearedIn\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditedQuiz on AuthoredQuiz {\n    id\n    version\n    status\n    publishedAt\n    title\n    passingScore\n    maxAttempts\n    cooldownSeconds\n    timeLimitSeconds\n    drawCount\n    shuffleQuestions\n    shuffleOptions\n    feedback\n    scoring\n    questions {\n      id\n      key\n      type\n      prompt\n      explanation\n      passageAnchor\n      referenceKeys\n      options {\n        id\n        text\n        correct\n      }\n      numericAnswer {\n        value\n        tolerance\n        min\n        max\n      }\n      acceptedAnswers\n    }\n    changes {\n      comparedWithVersion\n      addedQuestions\n      changedQuestions\n      archivedQuestions\n      reordered\n      changedSettings\n    }\n  }\n"): (typeof documents)["\n  fragment EditedQuiz on AuthoredQuiz {\n    id\n    version\n    status\n    publishedAt\n    title\n    passingScore\n    maxAttempts\n    cooldownSeconds\n    timeLimitSeconds\n    drawCount\n    shuffleQuestions\n    shuffleOptions\n    feedback\n    scoring\n    questions {\n      id\n      key\n      type\n      prompt\n      explanation\n      passageAnchor\n      referenceKeys\n      options {\n        id\n        text\n        correct\n      }\n      numericAnswer {\n        value\n        tolerance\n        min\n        max\n      }\n      acceptedAnswers\n    }\n    changes {\n      comparedWithVersion\n      addedQuestions\n      changedQuestions\n      archivedQuestions\n      reordered\n      changedSettings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportQtiPackage($quizId: ID!, $packageBase64: String!, $passageAnchor: String) {\n    importQtiPackage(quizId: $quizId, packageBase64: $packageBase64, passageAnchor: $passageAnchor) {\n      quiz {\n        ...EditedQuiz\n      }\n      imported {\n        itemIdentifier\n        questionKey\n        type\n        replaced\n        leftOut\n      }\n      notImported {\n        itemIdentifier\n        file\n        reasons\n      }\n      otherContentLeftOut\n    }\n  }\n"): (typeof documents)["\n  mutation ImportQtiPackage($quizId: ID!, $packageBase64: String!, $passageAnchor: String) {\n    importQtiPackage(quizId: $quizId, packageBase64: $packageBase64, passageAnchor: $passageAnchor) {\n      quiz {\n        ...EditedQuiz\n      }\n      imported {\n        itemIdentifier\n        questionKey\n        type\n        replaced\n        leftOut\n      }\n      notImported {\n        itemIdentifier\n        file\n        reasons\n      }\n      otherContentLeftOut\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQuizSettings($quizId: ID!, $input: QuizSettingsInput!) {\n    updateQuizSettings(quizId: $quizId, input: $input) {\n      ...EditedQuiz\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateQuizSettings($quizId: ID!, $input: QuizSettingsInput!) {\n    updateQuizSettings(quizId: $quizId, input: $input) {\n      ...EditedQuiz\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuestion($quizId: ID!, $input: NewQuestionInput!) {\n    createQuestion(quizId: $quizId, input: $input) {\n      ...EditedQuiz\n    }\n  }\n"): (typeof documents)["\n  mutation CreateQuestion($quizId: ID!, $input: NewQuestionInput!) {\n    createQuestion(quizId: $quizId, input: $input) {\n      ...EditedQuiz\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQuestion($questionId: ID!, $input: QuestionInput!) {\n    updateQuestion(questionId: $questionId, input: $input) {\n      ...EditedQuiz\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateQuestion($questionId: ID!, $input: QuestionInput!) {\n    updateQuestion(questionId: $questionId, input: $input) {\n      ...EditedQuiz\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveQuestion($questionId: ID!) {\n    archiveQuestion(questionId: $questionId) {\n      ...EditedQuiz\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveQuestion($questionId: ID!) {\n    archiveQuestion(questionId: $questionId) {\n      ...EditedQuiz\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderQuestions($quizId: ID!, $questionIds: [ID!]!) {\n    reorderQuestions(quizId: $quizId, questionIds: $questionIds) {\n      ...EditedQuiz\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderQuestions($quizId: ID!, $questionIds: [ID!]!) {\n    reorderQuestions(quizId: $quizId, questionIds: $questionIds) {\n      ...EditedQuiz\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishQuiz($quizId: ID!) {\n    publishQuiz(quizId: $quizId) {\n      ...EditedQuiz\n    }\n  }\n"): (typeof documents)["\n  mutation PublishQuiz($quizId: ID!) {\n    publishQuiz(quizId: $quizId) {\n      ...EditedQuiz\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttestationPrompt on CourseProgress {\n    eligibleForCertificate\n    attestationAccepted\n    course {\n      slug\n      title\n      attestation\n    }\n  }\n"): (typeof documents)["\n  fragment AttestationPrompt on CourseProgress {\n    eligibleForCertificate\n    attestationAccepted\n    course {\n      slug\n      title\n      attestation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAttestation($courseSlug: String!, $statement: String) {\n    acceptAttestation(courseSlug: $courseSlug, statement: $statement) {\n      courseSlug\n      statement\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptAttestation($courseSlug: String!, $statement: String) {\n    acceptAttestation(courseSlug: $courseSlug, statement: $statement) {\n      courseSlug\n      statement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificateBatch($id: ID!) {\n    certificateBatch(id: $id) {\n      id\n      status\n      total\n      issued\n      skipped\n      failed\n    }\n  }\n"): (typeof documents)["\n  query CertificateBatch($id: ID!) {\n    certificateBatch(id: $id) {\n      id\n      status\n      total\n      issued\n      skipped\n      failed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificateCourses {\n    courses {\n      id\n      slug\n      title\n    }\n  }\n"): (typeof documents)["\n  query CertificateCourses {\n    courses {\n      id\n      slug\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EligibleLearnerRow on EligibleLearner {\n    id\n    name\n    email\n    completedAt\n    attestedAt\n  }\n"): (typeof documents)["\n  fragment EligibleLearnerRow on EligibleLearner {\n    id\n    name\n    email\n    completedAt\n    attestedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCertificates($userIds: [ID!]!, $courseSlug: String!) {\n    issueCertificates(userIds: $userIds, courseSlug: $courseSlug) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation IssueCertificates($userIds: [ID!]!, $courseSlug: String!) {\n    issueCertificates(userIds: $userIds, courseSlug: $courseSlug) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EligibleLearners($courseSlug: String!, $first: Int, $after: String) {\n    eligibleLearners(courseSlug: $courseSlug, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...EligibleLearnerRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query EligibleLearners($courseSlug: String!, $first: Int, $after: String) {\n    eligibleLearners(courseSlug: $courseSlug, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...EligibleLearnerRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IssuedCertificateRow on Certificate {\n    id\n    code\n    holderName\n    status\n    issuedAt\n    expiresAt\n    revokedAt\n    revocationReason\n    pdfUrl\n  }\n"): (typeof documents)["\n  fragment IssuedCertificateRow on Certificate {\n    id\n    code\n    holderName\n    status\n    issuedAt\n    expiresAt\n    revokedAt\n    revocationReason\n    pdfUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseCertificates($courseSlug: String!, $first: Int, $after: String) {\n    courseCertificates(courseSlug: $courseSlug, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...IssuedCertificateRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CourseCertificates($courseSlug: String!, $first: Int, $after: String) {\n    courseCertificates(courseSlug: $courseSlug, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...IssuedCertificateRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCertificate($certificateId: ID!, $reason: String!) {\n    revokeCertificate(certificateId: $certificateId, reason: $reason) {\n      id\n      ...IssuedCertificateRow\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeCertificate($certificateId: ID!, $reason: String!) {\n    revokeCertificate(certificateId: $certificateId, reason: $reason) {\n      id\n      ...IssuedCertificateRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearnerSearch($search: String) {\n    users(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LearnerSearch($search: String) {\n    users(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCertificates {\n    myCertificates {\n      id\n      status\n      ...WalletCertificate\n    }\n    myCourses {\n      eligibleForCertificate\n      attestationAccepted\n      certificate {\n        id\n      }\n      course {\n        id\n        slug\n        title\n      }\n      ...AttestationPrompt\n    }\n  }\n"): (typeof documents)["\n  query MyCertificates {\n    myCertificates {\n      id\n      status\n      ...WalletCertificate\n    }\n    myCourses {\n      eligibleForCertificate\n      attestationAccepted\n      certificate {\n        id\n      }\n      course {\n        id\n        slug\n        title\n      }\n      ...AttestationPrompt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($first: Int) {\n    outbox(first: $first) {\n      fileName\n      to\n      subject\n      createdAt\n      text\n    }\n  }\n"): (typeof documents)["\n  query Outbox($first: Int) {\n    outbox(first: $first) {\n      fileName\n      to\n      subject\n      createdAt\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegradedCertificates {\n    certificatesAfterRegrades {\n      certificateId\n      code\n      holderName\n      holderEmail\n      courseTitle\n      issuedAt\n      quizTitle\n      regradeId\n      regradedAt\n      oldScore\n      newScore\n    }\n  }\n"): (typeof documents)["\n  query RegradedCertificates {\n    certificatesAfterRegrades {\n      certificateId\n      code\n      holderName\n      holderEmail\n      courseTitle\n      issuedAt\n      quizTitle\n      regradeId\n      regradedAt\n      oldScore\n      newScore\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideRegradedCertificate($certificateId: ID!, $regradeId: ID!, $decision: RegradeDecision!, $reason: String!) {\n    decideRegradedCertificate(certificateId: $certificateId, regradeId: $regradeId, decision: $decision, reason: $reason) {\n      certificateId\n      decision\n    }\n  }\n"): (typeof documents)["\n  mutation DecideRegradedCertificate($certificateId: ID!, $regradeId: ID!, $decision: RegradeDecision!, $reason: String!) {\n    decideRegradedCertificate(certificateId: $certificateId, regradeId: $regradeId, decision: $decision, reason: $reason) {\n      certificateId\n      decision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WalletCertificate on Certificate {\n    id\n    code\n    holderName\n    courseSlug\n    courseTitle\n    creditHours\n    creditClaim {\n      creditType\n      amount\n      designation\n      claimedAt\n    }\n    credits {\n      type\n      maximum\n      designation\n    }\n    issuedAt\n    expiresAt\n    status\n    revokedAt\n    revocationReason\n    pdfUrl\n    credentialUrl\n    openBadgeUrl\n    issuerName\n    verifyUrl\n  }\n"): (typeof documents)["\n  fragment WalletCertificate on Certificate {\n    id\n    code\n    holderName\n    courseSlug\n    courseTitle\n    creditHours\n    creditClaim {\n      creditType\n      amount\n      designation\n      claimedAt\n    }\n    credits {\n      type\n      maximum\n      designation\n    }\n    issuedAt\n    expiresAt\n    status\n    revokedAt\n    revocationReason\n    pdfUrl\n    credentialUrl\n    openBadgeUrl\n    issuerName\n    verifyUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCertificate($userId: ID!, $courseSlug: String!, $overrideReason: String, $idempotencyKey: String) {\n    issueCertificate(userId: $userId, courseSlug: $courseSlug, overrideReason: $overrideReason, idempotencyKey: $idempotencyKey) {\n      id\n      code\n      holderName\n    }\n  }\n"): (typeof documents)["\n  mutation IssueCertificate($userId: ID!, $courseSlug: String!, $overrideReason: String, $idempotencyKey: String) {\n    issueCertificate(userId: $userId, courseSlug: $courseSlug, overrideReason: $overrideReason, idempotencyKey: $idempotencyKey) {\n      id\n      code\n      holderName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimCredit($input: ClaimCreditInput!) {\n    claimCredit(input: $input) {\n      claimedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimCredit($input: ClaimCreditInput!) {\n    claimCredit(input: $input) {\n      claimedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreditClaimOptions($courseSlug: String!) {\n    creditClaimOptions(courseSlug: $courseSlug) {\n      certificateCode\n      blocker\n      measuredMinutes\n      offers {\n        type\n        maximum\n        designation\n        openToProfession\n      }\n      claim {\n        creditType\n        amount\n        designation\n        claimedAt\n        measuredMinutes\n        attested\n      }\n    }\n  }\n"): (typeof documents)["\n  query CreditClaimOptions($courseSlug: String!) {\n    creditClaimOptions(courseSlug: $courseSlug) {\n      certificateCode\n      blocker\n      measuredMinutes\n      offers {\n        type\n        maximum\n        designation\n        openToProfession\n      }\n      claim {\n        creditType\n        amount\n        designation\n        claimedAt\n        measuredMinutes\n        attested\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseEvaluationForm($courseSlug: String!) {\n    courseEvaluation(courseSlug: $courseSlug) {\n      version\n      submittedAt\n      items {\n        id\n        kind\n        prompt\n        scale\n        required\n      }\n    }\n  }\n"): (typeof documents)["\n  query CourseEvaluationForm($courseSlug: String!) {\n    courseEvaluation(courseSlug: $courseSlug) {\n      version\n      submittedAt\n      items {\n        id\n        kind\n        prompt\n        scale\n        required\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitEvaluation($input: SubmitEvaluationInput!) {\n    submitEvaluation(input: $input) {\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitEvaluation($input: SubmitEvaluationInput!) {\n    submitEvaluation(input: $input) {\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Catalog {\n    courses {\n      id\n      ...CourseCard\n    }\n  }\n"): (typeof documents)["\n  query Catalog {\n    courses {\n      id\n      ...CourseCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CitedPassages on Lesson {\n    sourcePassages {\n      id\n      anchor\n      section\n      text\n      ...PassageAppraisal\n    }\n  }\n"): (typeof documents)["\n  fragment CitedPassages on Lesson {\n    sourcePassages {\n      id\n      anchor\n      section\n      text\n      ...PassageAppraisal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseAbout on Course {\n    sourceTitle\n    audience\n    scope\n    sourceProvenance {\n      publisher\n      type\n      date\n    }\n    references {\n      ...CitedReference\n    }\n  }\n"): (typeof documents)["\n  fragment CourseAbout on Course {\n    sourceTitle\n    audience\n    scope\n    sourceProvenance {\n      publisher\n      type\n      date\n    }\n    references {\n      ...CitedReference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseAccreditation on Course {\n    accreditation {\n      provider\n      accredited\n      statement\n      activityId\n      credits {\n        type\n        maximum\n        designation\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CourseAccreditation on Course {\n    accreditation {\n      provider\n      accredited\n      statement\n      activityId\n      credits {\n        type\n        maximum\n        designation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseCard on Course {\n    slug\n    title\n    summary\n    creditHours\n    modules {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment CourseCard on Course {\n    slug\n    title\n    summary\n    creditHours\n    modules {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseDates on Course {\n    life {\n      releasedAt\n      lastReviewedAt\n      terminatesAt\n      terminated\n    }\n  }\n"): (typeof documents)["\n  fragment CourseDates on Course {\n    life {\n      releasedAt\n      lastReviewedAt\n      terminatesAt\n      terminated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseDisclosures on Course {\n    disclosures {\n      collectedOn\n      people {\n        name\n        roles\n        relationships {\n          company\n          nature\n          mitigation\n        }\n      }\n      commercialSupport {\n        supporter\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CourseDisclosures on Course {\n    disclosures {\n      collectedOn\n      people {\n        name\n        roles\n        relationships {\n          company\n          nature\n          mitigation\n        }\n      }\n      commercialSupport {\n        supporter\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseOutline($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      summary\n      creditHours\n      sourceTitle\n      estimatedMinutes\n      ...CourseAbout\n      ...CourseAccreditation\n      ...CourseDisclosures\n      ...CourseDates\n      modules {\n        id\n        position\n        lessons {\n          slug\n          position\n        }\n        ...ModuleOutline\n      }\n      finalQuiz {\n        ...QuizStep\n      }\n      myProgress {\n        modules {\n          moduleId\n          ...ModuleOutlineProgress\n        }\n        ...CourseStanding\n      }\n    }\n  }\n"): (typeof documents)["\n  query CourseOutline($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      summary\n      creditHours\n      sourceTitle\n      estimatedMinutes\n      ...CourseAbout\n      ...CourseAccreditation\n      ...CourseDisclosures\n      ...CourseDates\n      modules {\n        id\n        position\n        lessons {\n          slug\n          position\n        }\n        ...ModuleOutline\n      }\n      finalQuiz {\n        ...QuizStep\n      }\n      myProgress {\n        modules {\n          moduleId\n          ...ModuleOutlineProgress\n        }\n        ...CourseStanding\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Enroll($courseSlug: String!) {\n    enroll(courseSlug: $courseSlug) {\n      id\n      course {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Enroll($courseSlug: String!) {\n    enroll(courseSlug: $courseSlug) {\n      id\n      course {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseProgressCard on CourseProgress {\n    status\n    course {\n      slug\n      title\n    }\n    ...CourseStanding\n    ...ModuleStandings\n  }\n"): (typeof documents)["\n  fragment CourseProgressCard on CourseProgress {\n    status\n    course {\n      slug\n      title\n    }\n    ...CourseStanding\n    ...ModuleStandings\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseStanding on CourseProgress {\n    percent\n    completedLessons\n    totalLessons\n    eligibleForCertificate\n    course {\n      title\n    }\n    ...NextStepLink\n  }\n"): (typeof documents)["\n  fragment CourseStanding on CourseProgress {\n    percent\n    completedLessons\n    totalLessons\n    eligibleForCertificate\n    course {\n      title\n    }\n    ...NextStepLink\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCourses {\n    myCourses {\n      course {\n        id\n      }\n      ...CourseProgressCard\n    }\n  }\n"): (typeof documents)["\n  query MyCourses {\n    myCourses {\n      course {\n        id\n      }\n      ...CourseProgressCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DisclosuresGate on Course {\n    slug\n    version\n    disclosuresAcknowledgedAt\n    ...CourseDisclosures\n  }\n"): (typeof documents)["\n  fragment DisclosuresGate on Course {\n    slug\n    version\n    disclosuresAcknowledgedAt\n    ...CourseDisclosures\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeDisclosures($courseSlug: String!, $version: Int!) {\n    acknowledgeDisclosures(courseSlug: $courseSlug, version: $version) {\n      version\n      acknowledgedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeDisclosures($courseSlug: String!, $version: Int!) {\n    acknowledgeDisclosures(courseSlug: $courseSlug, version: $version) {\n      version\n      acknowledgedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LessonBody on Lesson {\n    html\n  }\n"): (typeof documents)["\n  fragment LessonBody on Lesson {\n    html\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LessonReader($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      sourceTitle\n      ...DisclosuresGate\n      modules {\n        id\n        title\n        position\n        lessons {\n          id\n          slug\n          title\n          position\n          ...LessonBody\n          ...CitedPassages\n          ...LessonReferences\n        }\n      }\n      myProgress {\n        modules {\n          lessons {\n            lessonId\n            completed\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LessonReader($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      sourceTitle\n      ...DisclosuresGate\n      modules {\n        id\n        title\n        position\n        lessons {\n          id\n          slug\n          title\n          position\n          ...LessonBody\n          ...CitedPassages\n          ...LessonReferences\n        }\n      }\n      myProgress {\n        modules {\n          lessons {\n            lessonId\n            completed\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteLesson($lessonId: ID!, $timeSpentSeconds: Int) {\n    completeLesson(lessonId: $lessonId, timeSpentSeconds: $timeSpentSeconds) {\n      lessonId\n      completed\n      courseProgress {\n        percent\n        course {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteLesson($lessonId: ID!, $timeSpentSeconds: Int) {\n    completeLesson(lessonId: $lessonId, timeSpentSeconds: $timeSpentSeconds) {\n      lessonId\n      completed\n      courseProgress {\n        percent\n        course {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LessonReferences on Lesson {\n    references {\n      ...CitedReference\n    }\n    sourcePassages {\n      id\n      appraisal {\n        references {\n          ...CitedReference\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LessonReferences on Lesson {\n    references {\n      ...CitedReference\n    }\n    sourcePassages {\n      id\n      appraisal {\n        references {\n          ...CitedReference\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModuleOutline on CourseModule {\n    slug\n    title\n    position\n    objectives\n    lessons {\n      id\n      slug\n      title\n      position\n    }\n    quiz {\n      ...QuizStep\n    }\n  }\n"): (typeof documents)["\n  fragment ModuleOutline on CourseModule {\n    slug\n    title\n    position\n    objectives\n    lessons {\n      id\n      slug\n      title\n      position\n    }\n    quiz {\n      ...QuizStep\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModuleOutlineProgress on ModuleProgress {\n    status\n    quizPassed\n    bestQuizScore\n    lessons {\n      lessonId\n      completed\n    }\n  }\n"): (typeof documents)["\n  fragment ModuleOutlineProgress on ModuleProgress {\n    status\n    quizPassed\n    bestQuizScore\n    lessons {\n      lessonId\n      completed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModuleStandings on CourseProgress {\n    modules {\n      moduleId\n      position\n      title\n      status\n      completedLessons\n      totalLessons\n      quizId\n      quizPassed\n      bestQuizScore\n      attemptsLeft\n    }\n    finalExamPassed\n    bestFinalExamScore\n    finalExamAttemptsLeft\n  }\n"): (typeof documents)["\n  fragment ModuleStandings on CourseProgress {\n    modules {\n      moduleId\n      position\n      title\n      status\n      completedLessons\n      totalLessons\n      quizId\n      quizPassed\n      bestQuizScore\n      attemptsLeft\n    }\n    finalExamPassed\n    bestFinalExamScore\n    finalExamAttemptsLeft\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NextStepLink on CourseProgress {\n    completedSteps\n    course {\n      slug\n    }\n    modules {\n      slug\n      title\n    }\n    nextStep {\n      kind\n      moduleSlug\n      lesson {\n        slug\n        title\n      }\n      quiz {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NextStepLink on CourseProgress {\n    completedSteps\n    course {\n      slug\n    }\n    modules {\n      slug\n      title\n    }\n    nextStep {\n      kind\n      moduleSlug\n      lesson {\n        slug\n        title\n      }\n      quiz {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuizStep on Quiz {\n    id\n    title\n    ...QuizFacts\n  }\n"): (typeof documents)["\n  fragment QuizStep on Quiz {\n    id\n    title\n    ...QuizFacts\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CitedReference on Reference {\n    key\n    number\n    title\n    publisher\n    year\n    identifier\n    url\n    readOn\n  }\n"): (typeof documents)["\n  fragment CitedReference on Reference {\n    key\n    number\n    title\n    publisher\n    year\n    identifier\n    url\n    readOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttemptPage($courseSlug: String!, $attemptId: ID!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      modules {\n        id\n        position\n        quiz {\n          id\n          title\n          passingScore\n        }\n      }\n      finalQuiz {\n        id\n        title\n        passingScore\n      }\n    }\n    attempt(id: $attemptId) {\n      id\n      quizId\n      attemptNumber\n      status\n      ...AttemptPlayer\n      ...AttemptResult\n    }\n  }\n"): (typeof documents)["\n  query AttemptPage($courseSlug: String!, $attemptId: ID!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      modules {\n        id\n        position\n        quiz {\n          id\n          title\n          passingScore\n        }\n      }\n      finalQuiz {\n        id\n        title\n        passingScore\n      }\n    }\n    attempt(id: $attemptId) {\n      id\n      quizId\n      attemptNumber\n      status\n      ...AttemptPlayer\n      ...AttemptResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttemptResult on QuizAttempt {\n    id\n    status\n    score\n    passed\n    attemptsLeft\n    questions {\n      id\n      type\n      prompt\n      options {\n        id\n        text\n      }\n    }\n    savedAnswers {\n      questionId\n      optionIds\n      number\n      text\n    }\n    feedback {\n      questionId\n      ...QuestionReview\n    }\n    ...RegradeNotes\n  }\n"): (typeof documents)["\n  fragment AttemptResult on QuizAttempt {\n    id\n    status\n    score\n    passed\n    attemptsLeft\n    questions {\n      id\n      type\n      prompt\n      options {\n        id\n        text\n      }\n    }\n    savedAnswers {\n      questionId\n      optionIds\n      number\n      text\n    }\n    feedback {\n      questionId\n      ...QuestionReview\n    }\n    ...RegradeNotes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionReview on QuestionFeedback {\n    correct\n    credit\n    explanation\n    passage {\n      section\n      text\n      ...PassageAppraisal\n    }\n    reviewUrl\n    references {\n      key\n      number\n      title\n      url\n    }\n    correctOptionIds\n    acceptedAnswers\n    numericAnswer {\n      value\n      tolerance\n      min\n      max\n    }\n  }\n"): (typeof documents)["\n  fragment QuestionReview on QuestionFeedback {\n    correct\n    credit\n    explanation\n    passage {\n      section\n      text\n      ...PassageAppraisal\n    }\n    reviewUrl\n    references {\n      key\n      number\n      title\n      url\n    }\n    correctOptionIds\n    acceptedAnswers\n    numericAnswer {\n      value\n      tolerance\n      min\n      max\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuizIntro($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      modules {\n        id\n        position\n        quiz {\n          id\n          ...QuizIntroDetails\n        }\n      }\n      finalQuiz {\n        id\n        ...QuizIntroDetails\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuizIntro($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      modules {\n        id\n        position\n        quiz {\n          id\n          ...QuizIntroDetails\n        }\n      }\n      finalQuiz {\n        id\n        ...QuizIntroDetails\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuizIntroDetails on Quiz {\n    id\n    title\n    maxAttempts\n    timeLimitSeconds\n    ...QuizFacts\n    myAttempts {\n      id\n      attemptNumber\n      status\n      score\n      passed\n    }\n  }\n"): (typeof documents)["\n  fragment QuizIntroDetails on Quiz {\n    id\n    title\n    maxAttempts\n    timeLimitSeconds\n    ...QuizFacts\n    myAttempts {\n      id\n      attemptNumber\n      status\n      score\n      passed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttemptPlayer on QuizAttempt {\n    id\n    deadline\n    questions {\n      id\n      type\n      prompt\n      options {\n        id\n        text\n      }\n    }\n    savedAnswers {\n      questionId\n      optionIds\n      number\n      text\n    }\n  }\n"): (typeof documents)["\n  fragment AttemptPlayer on QuizAttempt {\n    id\n    deadline\n    questions {\n      id\n      type\n      prompt\n      options {\n        id\n        text\n      }\n    }\n    savedAnswers {\n      questionId\n      optionIds\n      number\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegradeNotes on QuizAttempt {\n    regrades {\n      regradeId\n      regradedAt\n      reason\n      oldScore\n      newScore\n      oldPassed\n      newPassed\n    }\n  }\n"): (typeof documents)["\n  fragment RegradeNotes on QuizAttempt {\n    regrades {\n      regradeId\n      regradedAt\n      reason\n      oldScore\n      newScore\n      oldPassed\n      newPassed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveQuizAnswers($attemptId: ID!, $answers: [AnswerInput!]!) {\n    saveQuizAnswers(attemptId: $attemptId, answers: $answers) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SaveQuizAnswers($attemptId: ID!, $answers: [AnswerInput!]!) {\n    saveQuizAnswers(attemptId: $attemptId, answers: $answers) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartQuizAttempt($quizId: ID!) {\n    startQuizAttempt(quizId: $quizId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StartQuizAttempt($quizId: ID!) {\n    startQuizAttempt(quizId: $quizId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitQuizAttempt($attemptId: ID!, $answers: [AnswerInput!]!, $idempotencyKey: String!) {\n    submitQuizAttempt(attemptId: $attemptId, answers: $answers, idempotencyKey: $idempotencyKey) {\n      id\n      ...AttemptResult\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitQuizAttempt($attemptId: ID!, $answers: [AnswerInput!]!, $idempotencyKey: String!) {\n    submitQuizAttempt(attemptId: $attemptId, answers: $answers, idempotencyKey: $idempotencyKey) {\n      id\n      ...AttemptResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CohortMemberRow on CohortMember {\n    name\n    email\n    status\n    percent\n    eligibleForCertificate\n    finalExamBestScore\n    lastActivityAt\n    modules {\n      slug\n      status\n      bestQuizScore\n    }\n  }\n"): (typeof documents)["\n  fragment CohortMemberRow on CohortMember {\n    name\n    email\n    status\n    percent\n    eligibleForCertificate\n    finalExamBestScore\n    lastActivityAt\n    modules {\n      slug\n      status\n      bestQuizScore\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortCourse($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      modules {\n        id\n        slug\n        title\n        position\n      }\n      finalQuiz {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query CohortCourse($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      modules {\n        id\n        slug\n        title\n        position\n      }\n      finalQuiz {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortReport($courseSlug: String!, $filter: CohortFilter, $sort: CohortSort, $first: Int, $after: String) {\n    cohortReport(courseSlug: $courseSlug, filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        node {\n          learnerId\n          ...CohortMemberRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CohortReport($courseSlug: String!, $filter: CohortFilter, $sort: CohortSort, $first: Int, $after: String) {\n    cohortReport(courseSlug: $courseSlug, filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        node {\n          learnerId\n          ...CohortMemberRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseActivity($courseSlug: String, $first: Int, $after: String) {\n    activityLog(courseSlug: $courseSlug, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...LearningEventRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CourseActivity($courseSlug: String, $first: Int, $after: String) {\n    activityLog(courseSlug: $courseSlug, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...LearningEventRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseEvaluationResults($courseSlug: String!, $version: Int) {\n    courseEvaluationResults(courseSlug: $courseSlug, version: $version) {\n      version\n      ...EvaluationResultsFields\n    }\n  }\n"): (typeof documents)["\n  query CourseEvaluationResults($courseSlug: String!, $version: Int) {\n    courseEvaluationResults(courseSlug: $courseSlug, version: $version) {\n      version\n      ...EvaluationResultsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreditActivityChoices {\n    creditActivities {\n      activityId\n      courseTitle\n    }\n  }\n"): (typeof documents)["\n  query CreditActivityChoices {\n    creditActivities {\n      activityId\n      courseTitle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreditSummary($activityId: String!, $from: Date, $to: Date) {\n    activityCreditSummary(activityId: $activityId, from: $from, to: $to) {\n      activityId\n      learners\n      learnersByProfession {\n        profession\n        learners\n      }\n      creditsByType {\n        creditType\n        claims\n        totalAmount\n      }\n      evaluations {\n        version\n        ...EvaluationResultsFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CreditSummary($activityId: String!, $from: Date, $to: Date) {\n    activityCreditSummary(activityId: $activityId, from: $from, to: $to) {\n      activityId\n      learners\n      learnersByProfession {\n        profession\n        learners\n      }\n      creditsByType {\n        creditType\n        claims\n        totalAmount\n      }\n      evaluations {\n        version\n        ...EvaluationResultsFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvaluationResultsFields on EvaluationResults {\n    version\n    responses\n    items {\n      itemId\n      kind\n      prompt\n      purpose\n      answered\n      ratings {\n        value\n        label\n        count\n      }\n      meanRating\n      yes\n      no\n      comments\n    }\n  }\n"): (typeof documents)["\n  fragment EvaluationResultsFields on EvaluationResults {\n    version\n    responses\n    items {\n      itemId\n      kind\n      prompt\n      purpose\n      answered\n      ratings {\n        value\n        label\n        count\n      }\n      meanRating\n      yes\n      no\n      comments\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LearningEventRow on LearningEvent {\n    occurredAt\n    learnerName\n    learnerEmail\n    verb\n    objectName\n    result\n  }\n"): (typeof documents)["\n  fragment LearningEventRow on LearningEvent {\n    occurredAt\n    learnerName\n    learnerEmail\n    verb\n    objectName\n    result\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportCourses {\n    courses {\n      id\n      slug\n      title\n      summary\n    }\n  }\n"): (typeof documents)["\n  query ReportCourses {\n    courses {\n      id\n      slug\n      title\n      summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOffCourseVersion($versionId: ID!, $contentHash: String!, $note: String!) {\n    signOffCourseVersion(versionId: $versionId, contentHash: $contentHash, note: $note) {\n      id\n      reviewedAt\n      terminatesAt\n    }\n  }\n"): (typeof documents)["\n  mutation SignOffCourseVersion($versionId: ID!, $contentHash: String!, $note: String!) {\n    signOffCourseVersion(versionId: $versionId, contentHash: $contentHash, note: $note) {\n      id\n      reviewedAt\n      terminatesAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DueForReview($withinDays: Int!) {\n    dueForReview(withinDays: $withinDays) {\n      versionId\n      courseSlug\n      courseTitle\n      version\n      contentHash\n      releasedAt\n      lastReviewedAt\n      terminatesAt\n      daysLeft\n    }\n  }\n"): (typeof documents)["\n  query DueForReview($withinDays: Int!) {\n    dueForReview(withinDays: $withinDays) {\n      versionId\n      courseSlug\n      courseTitle\n      version\n      contentHash\n      releasedAt\n      lastReviewedAt\n      terminatesAt\n      daysLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddExternalCredit($input: AddExternalCreditInput!) {\n    addExternalCredit(input: $input) {\n      id\n      activityTitle\n    }\n  }\n"): (typeof documents)["\n  mutation AddExternalCredit($input: AddExternalCreditInput!) {\n    addExternalCredit(input: $input) {\n      id\n      activityTitle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TranscriptEntry on TranscriptEntry {\n    id\n    source\n    activityTitle\n    provider\n    creditType\n    amount\n    date\n    certificateCode\n  }\n"): (typeof documents)["\n  fragment TranscriptEntry on TranscriptEntry {\n    id\n    source\n    activityTitle\n    provider\n    creditType\n    amount\n    date\n    certificateCode\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveExternalCredit($id: ID!) {\n    removeExternalCredit(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveExternalCredit($id: ID!) {\n    removeExternalCredit(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTranscript($from: Date, $to: Date) {\n    myTranscript(from: $from, to: $to) {\n      entries {\n        id\n        ...TranscriptEntry\n      }\n      totals {\n        ...TranscriptTotal\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTranscript($from: Date, $to: Date) {\n    myTranscript(from: $from, to: $to) {\n      entries {\n        id\n        ...TranscriptEntry\n      }\n      totals {\n        ...TranscriptTotal\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TranscriptTotal on CreditTotal {\n    creditType\n    platform\n    selfReported\n    combined\n  }\n"): (typeof documents)["\n  fragment TranscriptTotal on CreditTotal {\n    creditType\n    platform\n    selfReported\n    combined\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      status\n      code\n      holderName\n      courseTitle\n      creditHours\n      issuedAt\n      expiresAt\n      revokedAt\n      issuerName\n      courseVersion\n      courseReviewedAt\n      currentCourseVersion\n      quizVersions {\n        title\n        version\n      }\n      credits {\n        type\n        maximum\n        designation\n      }\n      accreditationStatement\n      disclosuresAcknowledgedAt\n      creditClaim {\n        creditType\n        amount\n        designation\n        claimedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      status\n      code\n      holderName\n      courseTitle\n      creditHours\n      issuedAt\n      expiresAt\n      revokedAt\n      issuerName\n      courseVersion\n      courseReviewedAt\n      currentCourseVersion\n      quizVersions {\n        title\n        version\n      }\n      credits {\n        type\n        maximum\n        designation\n      }\n      accreditationStatement\n      disclosuresAcknowledgedAt\n      creditClaim {\n        creditType\n        amount\n        designation\n        claimedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PassageAppraisal on SourcePassage {\n    appraisal {\n      verdict\n      correctionHtml\n    }\n  }\n"): (typeof documents)["\n  fragment PassageAppraisal on SourcePassage {\n    appraisal {\n      verdict\n      correctionHtml\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuizFacts on Quiz {\n    questionCount\n    passingScore\n    maxAttempts\n    timeLimitSeconds\n  }\n"): (typeof documents)["\n  fragment QuizFacts on Quiz {\n    questionCount\n    passingScore\n    maxAttempts\n    timeLimitSeconds\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;