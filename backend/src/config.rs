//! The server's settings, from flags or `OURPLAN_*` environment variables.

use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(name = "ourplan", version, about = "OurPlan: care and support plans on your phone")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the server.
    Serve(ServerConfig),
    /// Bring the database schema up to date, then exit.
    Migrate(DatabaseConfig),
    /// Run the server on a database filled with made-up people, plans and staff.
    Demo(ServerConfig),
    /// Set the details of the council that runs this service, shown on every page.
    Council(CouncilConfig),
    /// Create an invitation for a new member of staff (the first admin, say) and print its code.
    Invite(InviteConfig),
    /// Bring people in from the council's case-management system.
    #[command(subcommand)]
    Import(Import),
    /// Print the settings the server would run with (secrets masked) and check them;
    /// exits non-zero on a problem.
    CheckConfig(ServerConfig),
    /// Give someone everything held about them (a subject access request).
    #[command(subcommand)]
    Export(Export),
    /// Print the API's OpenAPI 3.1 description (as served at /api/v1/openapi.json).
    Openapi,
    /// Delete what is past its retention period (the server also does this daily).
    Retention(RetentionConfig),
    /// Copy the SQLite database while the server runs, with a checksum beside the copy.
    Backup(BackupConfig),
    /// Put a backup in place as a database, after checking its checksum.
    Restore(RestoreConfig),
    /// Fill a bench database with made-up people for `cargo xtask bench`.
    #[command(hide = true)]
    BenchSeed(BenchSeedConfig),
}

#[derive(Debug, Clone, Args)]
pub struct BenchSeedConfig {
    /// The bench's own database, emptied first: sqlite://…/ourplan_bench….db or
    /// postgres://…/ourplan_bench… (any other name is refused). No default, no environment.
    #[arg(long)]
    pub database_url: DatabaseUrl,
    /// How many people who draw on care (carers, one for every tenth person, come on top).
    #[arg(long, default_value_t = 10_000)]
    pub people: usize,
    /// Where to write the signed-in sample: session tokens and the ids URLs need.
    #[arg(long)]
    pub out: PathBuf,
}

#[derive(Debug, Clone, Subcommand)]
pub enum Export {
    /// Everything about one person, as a zip: data.json and a summary in their language.
    Person(ExportPersonConfig),
}

#[derive(Debug, Clone, Args)]
pub struct ExportPersonConfig {
    #[command(flatten)]
    pub database: DatabaseConfig,
    /// The person: OurPlan's id for them, or the council's case reference.
    pub person: String,
    /// The zip file to write (it must not exist yet).
    #[arg(long)]
    pub to: PathBuf,
}

#[derive(Debug, Clone, Args)]
pub struct RetentionConfig {
    #[command(flatten)]
    pub database: DatabaseConfig,
    #[command(flatten)]
    pub periods: RetentionPeriods,
    /// Say what would be deleted, deleting nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// How long each class of record is kept, in days.
#[derive(Debug, Clone, Args)]
pub struct RetentionPeriods {
    /// Days a person's whole record is kept after their case is closed.
    #[arg(long, env = "OURPLAN_RETAIN_CLOSED_CASES_DAYS", default_value_t = 2922)]
    pub retain_closed_cases_days: u64,
    /// Days the audit trail is kept.
    #[arg(long, env = "OURPLAN_RETAIN_AUDIT_DAYS", default_value_t = 2922)]
    pub retain_audit_days: u64,
    /// Days an ended or expired session is kept.
    #[arg(long, env = "OURPLAN_RETAIN_SESSIONS_DAYS", default_value_t = 30)]
    pub retain_sessions_days: u64,
    /// Days a sent email (with its address) is kept in the outbox.
    #[arg(long, env = "OURPLAN_RETAIN_SENT_EMAIL_DAYS", default_value_t = 30)]
    pub retain_sent_email_days: u64,
    /// Days an invitation that expired or was revoked unused is kept.
    #[arg(long, env = "OURPLAN_RETAIN_INVITATIONS_DAYS", default_value_t = 30)]
    pub retain_invitations_days: u64,
}

#[derive(Debug, Clone, Args)]
pub struct BackupConfig {
    #[command(flatten)]
    pub database: DatabaseConfig,
    /// The new file to write the copy to (its checksum goes in FILE.sha256).
    #[arg(long)]
    pub to: PathBuf,
}

#[derive(Debug, Clone, Args)]
pub struct RestoreConfig {
    /// A backup `ourplan backup` wrote, with its FILE.sha256 beside it.
    #[arg(long)]
    pub from: PathBuf,
    /// The database to restore into, always given here: sqlite://FILE.
    #[arg(long)]
    pub database_url: DatabaseUrl,
    /// Replace a database that already holds data.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Clone, Subcommand)]
pub enum Import {
    /// People who draw on care, from a CSV file with one row a person, keyed on the
    /// council's reference (see docs/import-people.md). Running it again changes nothing.
    People(ImportPeopleConfig),
}

#[derive(Debug, Clone, Args)]
pub struct ImportPeopleConfig {
    #[command(flatten)]
    pub database: DatabaseConfig,
    /// The CSV file, UTF-8, with the columns named on its first line.
    pub file: std::path::PathBuf,
    /// Check the file and say what it would do, writing nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Write the rows that are right even if others are not (those are listed).
    #[arg(long)]
    pub skip_bad_rows: bool,
}

#[derive(Debug, Clone, Args)]
pub struct InviteConfig {
    #[command(flatten)]
    pub database: DatabaseConfig,
    /// The staff member's role.
    #[arg(long, value_parser = ["caseworker", "manager", "admin"])]
    pub role: String,
    /// Their full name.
    #[arg(long)]
    pub name: String,
    /// Their work email address, if known.
    #[arg(long)]
    pub email: Option<String>,
    /// Their team, by name (created if it is new): a manager or caseworker works in one.
    #[arg(long)]
    pub team: Option<String>,
    /// The address people use to reach OurPlan, to print the invitation's link.
    #[arg(long, env = "OURPLAN_PUBLIC_ORIGIN", default_value = "http://localhost:8080")]
    pub public_origin: String,
    /// Days the invitation can be used for.
    #[arg(long, env = "OURPLAN_INVITATION_DAYS", default_value_t = 7)]
    pub invitation_days: u64,
}

#[derive(Debug, Clone, Args)]
pub struct CouncilConfig {
    #[command(flatten)]
    pub database: DatabaseConfig,
    /// The council's name, as people know it.
    #[arg(long)]
    pub name: String,
    /// Adult social care's phone number.
    #[arg(long)]
    pub phone: String,
    /// Adult social care's email address.
    #[arg(long)]
    pub email: String,
    /// The council's adult social care web page.
    #[arg(long)]
    pub website: String,
}

/// How many requests work on the database at once, unless the server is told otherwise.
/// On PostgreSQL with two cores, 4 served a manager's caseload and a person's plan faster
/// than 8, which only waited on each other inside PostgreSQL.
pub const DATABASE_REQUESTS: u32 = 4;

#[derive(Debug, Clone, Args)]
pub struct DatabaseConfig {
    /// Where the data lives: sqlite://FILE (created if missing) or postgres://USER@HOST/DB.
    #[arg(long, env = "OURPLAN_DATABASE_URL", default_value = "sqlite://ourplan.db")]
    pub database_url: DatabaseUrl,
}

#[derive(Debug, Clone, Args)]
pub struct ServerConfig {
    #[command(flatten)]
    pub database: DatabaseConfig,

    /// How many requests work on the database at once; the rest wait their turn. On
    /// PostgreSQL, about twice its cores, shared among the servers that use it.
    #[arg(long, env = "OURPLAN_DATABASE_REQUESTS", default_value_t = DATABASE_REQUESTS,
          value_parser = clap::value_parser!(u32).range(1..=64))]
    pub database_requests: u32,

    /// The address and port to listen on.
    #[arg(long, env = "OURPLAN_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,

    /// Where Prometheus reads `/metrics`: an address the public cannot reach. Without
    /// it, there are no metrics.
    #[arg(long, env = "OURPLAN_METRICS_LISTEN")]
    pub metrics_listen: Option<SocketAddr>,

    /// The address people use to reach OurPlan; passkeys are bound to it.
    #[arg(long, env = "OURPLAN_PUBLIC_ORIGIN", default_value = "http://localhost:8080")]
    pub public_origin: String,

    /// The built frontend to serve (`cargo xtask dist` makes it).
    #[arg(long, env = "OURPLAN_DIST_DIR", default_value = "dist")]
    pub dist_dir: PathBuf,

    /// Minutes without a request after which a session ends.
    #[arg(long, env = "OURPLAN_SESSION_IDLE_MINUTES", default_value_t = 30)]
    pub session_idle_minutes: u64,

    /// Hours after signing in when a session ends, however busy.
    #[arg(long, env = "OURPLAN_SESSION_LIFETIME_HOURS", default_value_t = 12)]
    pub session_lifetime_hours: u64,

    /// Days an invitation can be used for.
    #[arg(long, env = "OURPLAN_INVITATION_DAYS", default_value_t = 7)]
    pub invitation_days: u64,

    /// Proxies in front of OurPlan (addresses or networks, comma-separated) whose
    /// X-Forwarded-For is believed, so rate limits count each client, not the proxy.
    #[arg(long = "trusted-proxy", env = "OURPLAN_TRUSTED_PROXIES", value_delimiter = ',')]
    pub trusted_proxies: Vec<crate::client_address::Cidr>,

    /// Days a person whose case is closed may still sign in and read their plans.
    #[arg(long, env = "OURPLAN_CLOSED_CASE_DAYS", default_value_t = 90)]
    pub closed_case_days: u64,

    /// Where to send email: smtp://HOST:PORT (add ?tls=required for STARTTLS) or
    /// smtps://USER:PASSWORD@HOST. Without it, no email is sent.
    #[arg(long, env = "OURPLAN_SMTP_URL")]
    pub smtp_url: Option<SmtpUrl>,

    /// The address email comes from.
    #[arg(long, env = "OURPLAN_MAIL_FROM", default_value = "OurPlan <no-reply@localhost>")]
    pub mail_from: String,

    /// Working days within which a review request must be acknowledged.
    #[arg(long, env = "OURPLAN_REVIEW_ACKNOWLEDGE_DAYS", default_value_t = 2)]
    pub review_acknowledge_days: u32,

    /// Working days within which a review request must be decided (scheduled or declined).
    #[arg(long, env = "OURPLAN_REVIEW_DECIDE_DAYS", default_value_t = 10)]
    pub review_decide_days: u32,

    #[command(flatten)]
    pub retention: RetentionPeriods,

    /// `text` for people reading a terminal, `json` for a log collector.
    #[arg(long, env = "OURPLAN_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

/// A database URL, which may hold a password: `Debug` and `Display` never show it.
#[derive(Clone)]
pub struct DatabaseUrl(String);

/// An SMTP URL, which may hold a password: shown masked, like a database URL.
pub type SmtpUrl = DatabaseUrl;

impl DatabaseUrl {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl From<&str> for DatabaseUrl {
    fn from(url: &str) -> Self {
        Self(url.to_owned())
    }
}

impl std::str::FromStr for DatabaseUrl {
    type Err = std::convert::Infallible;
    fn from_str(url: &str) -> Result<Self, Self::Err> {
        Ok(Self(url.to_owned()))
    }
}

impl fmt::Display for DatabaseUrl {
    /// The URL with any password replaced by `***`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let url = &self.0;
        let Some((scheme, rest)) = url.split_once("://") else {
            return f.write_str(url);
        };
        let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        match authority.rsplit_once('@') {
            Some((userinfo, host)) => {
                let user = userinfo.split(':').next().unwrap_or_default();
                let masked = if userinfo.contains(':') { ":***" } else { "" };
                write!(f, "{scheme}://{user}{masked}@{host}{path}")
            }
            None => f.write_str(url),
        }
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DatabaseUrl({self})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_database_password_never_shows_in_debug_or_display() {
        let url = DatabaseUrl::from("postgres://ourplan:s3cret@db.example:5432/ourplan");
        assert_eq!(url.to_string(), "postgres://ourplan:***@db.example:5432/ourplan");
        assert!(!format!("{url:?}").contains("s3cret"));
        let config = DatabaseConfig { database_url: url };
        assert!(!format!("{config:?}").contains("s3cret"));
    }

    #[test]
    fn a_url_without_a_password_is_shown_as_it_is() {
        assert_eq!(
            DatabaseUrl::from("sqlite://ourplan.db").to_string(),
            "sqlite://ourplan.db"
        );
        assert_eq!(
            DatabaseUrl::from("postgres://postgres@127.0.0.1/test").to_string(),
            "postgres://postgres@127.0.0.1/test"
        );
    }
}
