"""The read/query side and the orchestration of runs.

Exceptions, analytics' branch of the tree below ``AisocError`` (``aisoc.ingest.kernel.errors``)::

    AisocError
    ├── AccessDenied        (access) a permission or tenant the principal lacks
    ├── UserError           (access) a user operation that cannot be done
    ├── SignInRefused       (access) a refused sign-in, never saying why
    │   ├── SignInThrottled too many failures under this name or from this address
    │   └── OidcRefused     a single sign-on identity aisoc does not accept
    ├── AlertError          (alerting) an unknown alert or a bad status
    ├── ConfigError         (jobs.config) aisoc.toml or a setting that cannot be used
    ├── DeliveryError       (delivery) an alert destination that cannot be used or reached
    ├── SecretMissing       (delivery.signing) no usable signing secret
    ├── CaseError           (cases) unknown case, alert or step; a case or step in the wrong state
    ├── ConnectorError      (cases.connectors) a connector setting or an action that failed
    ├── ReportError         (cases.report) a report that cannot be rendered or written
    ├── EvaluationError     (evaluation) a corpus, split or option that cannot be evaluated
    ├── HuntQueryError      (huntsql) a hunt query refused, failed or out of time
    ├── DraftError          (huntsql) SQL that cannot become a Sigma draft
    ├── RuleTestError       (queries.rulebook) a pasted event that cannot be tested
    └── TrainingDataError   (training.shared_sources) training material missing or unreadable
"""
