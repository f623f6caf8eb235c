//! A long list read as one value. sqlx hands SQLite's rows from the database's thread one
//! at a time, each through a channel and converted value by value; for a manager's 600
//! people that traffic, not the query, was most of the work. Here SQLite builds the list
//! as one JSON array of rows, and PostgreSQL as its rows in text, one a line (see
//! `record`), and serde reads either straight into the rows' type.

use serde::de::{self, DeserializeOwned, Visitor};
use sqlx::{AnyConnection, Arguments, any::AnyArguments};

use super::{StoreError, decode_error, from_json, record};

/// The rows `select` gives, read as `T`, whose fields name the columns it reads (as
/// `sqlx::FromRow` would), in no particular order: the caller sorts them. (Sorting inside
/// the aggregate made SQLite build an index of whole rows, a seventh of a caseload's time.)
pub async fn fetch<T: DeserializeOwned>(
    conn: &mut AnyConnection,
    select: &str,
    args: AnyArguments<'_>,
) -> Result<Vec<T>, StoreError> {
    let columns: Vec<String> = fields::<T>().iter().map(|f| format!("t.{f}")).collect();
    let columns = columns.join(", ");
    if conn.backend_name() == "SQLite" {
        let sql = format!("SELECT COALESCE(json_group_array(json_array({columns})), '[]') FROM ({select}) t");
        let (text,): (String,) = sqlx::query_as_with(&sql, args).fetch_one(conn).await?;
        // A struct derived with serde reads an array as its fields in order.
        return from_json(&text);
    }
    // PostgreSQL writes a row as text for half what it costs to write it as JSON, which
    // looks up how to write each value's type for every value: a manager's caseload is
    // 600 rows of 17 columns (the query 1.6 ms rather than 2.2, `EXPLAIN ANALYZE`).
    let sql = format!("SELECT string_agg(ROW({columns})::text, E'\\n') FROM ({select}) t");
    let (text,): (Option<String>,) = sqlx::query_as_with(&sql, args).fetch_one(conn).await?;
    record::rows(text.as_deref().unwrap_or_default()).map_err(|error| decode_error(error.to_string()))
}

/// The strings in a JSON array bound as `param` (`$1`, say), as a table `j` of one column
/// `value`, to join from: one statement, prepared once, however many values. (Asked for
/// `IN (…)` of them instead, SQLite first builds an index of the values.)
pub fn each(conn: &AnyConnection, param: &str) -> String {
    if conn.backend_name() == "SQLite" {
        format!("json_each({param}) j")
    } else {
        format!("json_array_elements_text({param}::json) AS j(value)")
    }
}

/// Arguments for [`fetch`], bound in order.
pub fn args<'q>(values: &[&'q str]) -> AnyArguments<'q> {
    let mut args = AnyArguments::default();
    for value in values {
        // Binding a string cannot fail.
        let _ = args.add(*value);
    }
    args
}

/// The names of `T`'s fields, as serde's derive declares them.
fn fields<T: DeserializeOwned>() -> &'static [&'static str] {
    struct Names(Option<&'static [&'static str]>);
    impl<'de> de::Deserializer<'de> for &mut Names {
        type Error = de::value::Error;
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Self::Error> {
            self.0 = Some(fields);
            Err(de::Error::custom("only the names were wanted"))
        }
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(de::Error::custom("not a struct"))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
            option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
        }
    }
    let mut names = Names(None);
    let _ = T::deserialize(&mut names);
    names.0.unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Row {
        person_id: String,
        unread: i64,
        next_review: Option<String>,
    }

    #[test]
    fn a_row_names_its_columns_and_reads_them_in_that_order() {
        assert_eq!(super::fields::<Row>(), ["person_id", "unread", "next_review"]);
        let rows: Vec<Row> = crate::db::from_json(r#"[["p1", 2, null], ["p2", 0, "2027-01-31"]]"#).expect("rows");
        assert_eq!(
            rows[1],
            Row {
                person_id: "p2".into(),
                unread: 0,
                next_review: Some("2027-01-31".into()),
            }
        );
    }
}
