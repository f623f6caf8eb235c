//! Rows gathered in memory and written many to a statement: one library call a row is
//! too slow for a council's worth of people.

use sqlx::AnyConnection;

use crate::db::StoreError;

/// Both databases take tens of thousands of parameters; a smaller statement keeps each
/// one's text (a plan is kilobytes) modest.
const BINDS_PER_STATEMENT: usize = 4_000;

/// One value of a row. The only NULLs written are text: PostgreSQL would refuse a text
/// NULL in a BIGINT column.
pub enum Value {
    Text(String),
    Int(i64),
    NoText,
}

impl From<&str> for Value {
    fn from(text: &str) -> Self {
        Self::Text(text.to_owned())
    }
}

impl From<String> for Value {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<&String> for Value {
    fn from(text: &String) -> Self {
        Self::Text(text.clone())
    }
}

impl From<i64> for Value {
    fn from(number: i64) -> Self {
        Self::Int(number)
    }
}

impl From<Option<&str>> for Value {
    fn from(text: Option<&str>) -> Self {
        text.map_or(Self::NoText, Self::from)
    }
}

/// The rows waiting to go into one table.
pub struct Batch {
    table: &'static str,
    columns: &'static [&'static str],
    values: Vec<Value>,
    pub written: u64,
}

impl Batch {
    pub fn new(table: &'static str, columns: &'static [&'static str]) -> Self {
        Self {
            table,
            columns,
            values: Vec::new(),
            written: 0,
        }
    }

    pub fn push<const N: usize>(&mut self, row: [Value; N]) {
        debug_assert_eq!(N, self.columns.len(), "a row of {}", self.table);
        self.values.extend(row);
    }

    pub fn table(&self) -> &'static str {
        self.table
    }

    /// Writes every waiting row, in as few statements as the parameter limit allows.
    pub async fn flush(&mut self, conn: &mut AnyConnection) -> Result<(), StoreError> {
        let width = self.columns.len();
        let per_statement = (BINDS_PER_STATEMENT / width).max(1);
        let mut values = std::mem::take(&mut self.values).into_iter().peekable();
        while values.peek().is_some() {
            let rows = (values.len() / width).min(per_statement);
            let sql = insert_sql(self.table, self.columns, rows);
            let mut query = sqlx::query(&sql);
            for value in values.by_ref().take(rows * width) {
                query = match value {
                    Value::Text(text) => query.bind(text),
                    Value::Int(number) => query.bind(number),
                    Value::NoText => query.bind(None::<String>),
                };
            }
            query.execute(&mut *conn).await?;
            self.written += rows as u64;
        }
        Ok(())
    }
}

/// `INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4)` for `rows` rows.
fn insert_sql(table: &str, columns: &[&str], rows: usize) -> String {
    let mut sql = format!("INSERT INTO {table} ({}) VALUES ", columns.join(", "));
    let mut n = 0;
    for row in 0..rows {
        sql.push_str(if row == 0 { "(" } else { ", (" });
        for column in 0..columns.len() {
            n += 1;
            if column > 0 {
                sql.push_str(", ");
            }
            sql.push('$');
            sql.push_str(&n.to_string());
        }
        sql.push(')');
    }
    sql
}

#[cfg(test)]
mod tests {
    #[test]
    fn each_row_gets_its_own_numbered_parameters() {
        assert_eq!(
            super::insert_sql("teams", &["id", "name"], 2),
            "INSERT INTO teams (id, name) VALUES ($1, $2), ($3, $4)"
        );
    }
}
