//! Reading the council's CSV of people: one row a person, keyed on the case-management
//! system's reference, each field checked, each fault named by line and column.

use std::collections::HashMap;
use std::fmt;

use api::admin::{is_email, is_phone};

/// The columns, as the first line must name them (in any order; more are ignored).
pub const COLUMNS: [&str; 9] = [
    "reference",
    "name",
    "preferred_name",
    "date_of_birth",
    "language",
    "email",
    "phone",
    "team",
    "caseworker_email",
];

/// One person as the file gives them, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub line: u64,
    pub reference: String,
    pub name: String,
    pub preferred_name: Option<String>,
    pub date_of_birth: Option<String>,
    pub language: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub team: Option<String>,
    pub caseworker_email: Option<String>,
}

/// A row that cannot be taken, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Fault {
    pub line: u64,
    pub column: &'static str,
    pub problem: String,
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, {}: {}", self.line, self.column, self.problem)
    }
}

/// Why the file as a whole cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("the file is not UTF-8 text (at byte {0}): save it from your spreadsheet as \"CSV UTF-8\"")]
    NotUtf8(usize),
    #[error("the first line must name the columns; missing: {0}")]
    MissingColumns(String),
    #[error("line {line}: {problem}")]
    Unreadable { line: u64, problem: String },
}

/// Parses `bytes` as CSV: the rows that can be taken and the faults of those that cannot.
/// `today` (ISO) is the latest date of birth allowed.
pub fn read(bytes: &[u8], today: &str) -> Result<(Vec<Row>, Vec<Fault>), FileError> {
    let text = std::str::from_utf8(bytes).map_err(|e| FileError::NotUtf8(e.valid_up_to()))?;
    // Spreadsheets save "CSV UTF-8" with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| unreadable(&e))?.clone();
    let index: HashMap<&str, usize> = headers.iter().enumerate().map(|(i, h)| (h.trim(), i)).collect();
    let missing: Vec<&str> = COLUMNS.into_iter().filter(|c| !index.contains_key(c)).collect();
    if !missing.is_empty() {
        return Err(FileError::MissingColumns(missing.join(", ")));
    }
    let mut rows = Vec::new();
    let mut faults = Vec::new();
    let mut first_line: HashMap<String, u64> = HashMap::new();
    for record in reader.records() {
        let record = record.map_err(|e| unreadable(&e))?;
        let line = record.position().map_or(0, csv::Position::line);
        let field = |column: &str| record.get(index[column]).unwrap_or_default().trim().to_owned();
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let mut fault = |column: &'static str, problem: String| faults.push(Fault { line, column, problem });
        let reference = field("reference");
        let name = field("name");
        let mut ok = true;
        let mut check = |good: bool, column: &'static str, problem: String| {
            if !good {
                fault(column, problem);
                ok = false;
            }
        };
        check(
            !reference.is_empty(),
            "reference",
            "is empty: every person needs the council's reference".into(),
        );
        check(
            reference.chars().count() <= 64,
            "reference",
            "is longer than 64 characters".into(),
        );
        if let Some(first) = first_line.get(&reference).filter(|_| !reference.is_empty()) {
            check(
                false,
                "reference",
                format!("{reference} is also on line {first}: one row a person"),
            );
        }
        check(!name.is_empty(), "name", "is empty".into());
        check(
            name.chars().count() <= 200,
            "name",
            "is longer than 200 characters".into(),
        );
        let date_of_birth = optional(field("date_of_birth"));
        if let Some(day) = &date_of_birth {
            if api::dates::parse(day).is_none() {
                check(
                    false,
                    "date_of_birth",
                    format!("{day} is not a date written as YYYY-MM-DD"),
                );
            } else {
                check(
                    day.as_str() <= today,
                    "date_of_birth",
                    format!("{day} is in the future"),
                );
            }
        }
        let language = optional(field("language")).unwrap_or_else(|| "en-GB".into());
        let known: Vec<&str> = api::i18n::LOCALES.iter().map(|l| l.tag).collect();
        check(
            api::i18n::find(&language).is_some(),
            "language",
            format!("{language} is not one OurPlan speaks: use one of {}", known.join(", ")),
        );
        let email = optional(field("email"));
        if let Some(email) = &email {
            check(is_email(email), "email", format!("{email} is not an email address"));
        }
        let phone = optional(field("phone"));
        if let Some(phone) = &phone {
            check(is_phone(phone), "phone", format!("{phone} is not a phone number"));
        }
        let caseworker_email = optional(field("caseworker_email"));
        if let Some(email) = &caseworker_email {
            check(
                is_email(email),
                "caseworker_email",
                format!("{email} is not an email address"),
            );
        }
        if !reference.is_empty() {
            first_line.entry(reference.clone()).or_insert(line);
        }
        if ok {
            rows.push(Row {
                line,
                reference,
                name,
                preferred_name: optional(field("preferred_name")),
                date_of_birth,
                language,
                email,
                phone,
                team: optional(field("team")),
                caseworker_email: caseworker_email.map(|e| e.to_lowercase()),
            });
        }
    }
    Ok((rows, faults))
}

fn optional(value: String) -> Option<String> {
    (!value.is_empty()).then_some(value)
}

fn unreadable(error: &csv::Error) -> FileError {
    FileError::Unreadable {
        line: error.position().map_or(0, csv::Position::line),
        problem: error.to_string(),
    }
}
