//! Rows as PostgreSQL writes a row value as text, `(id,"Wendy Khan",,3)`, one a line, read
//! into a type whose fields are the row's columns in order. A field that is empty is
//! NULL; an empty string, or one with a comma, quote, bracket, backslash or space in it,
//! is quoted, with `""` for a quote and `\\` for a backslash inside.

use std::borrow::Cow;

use serde::de::{self, DeserializeOwned, DeserializeSeed, SeqAccess, Visitor};

type Error = de::value::Error;

/// A row's fields: `None` for NULL.
type Values<'a> = Vec<Option<Cow<'a, str>>>;

/// The rows in `text`, as `string_agg(ROW(…)::text, E'\n')` gives them.
pub fn rows<T: DeserializeOwned>(text: &str) -> Result<Vec<T>, Error> {
    let mut rest = text;
    let mut rows = Vec::new();
    while !rest.is_empty() {
        let (fields, after) = row(rest)?;
        rows.push(T::deserialize(Fields(fields.into_iter()))?);
        rest = after.strip_prefix('\n').unwrap_or(after);
    }
    Ok(rows)
}

/// One row's fields, and what follows its closing bracket.
fn row(text: &str) -> Result<(Values<'_>, &str), Error> {
    let bad = || de::Error::custom("not a row as PostgreSQL writes one");
    let mut rest = text.strip_prefix('(').ok_or_else(bad)?;
    let mut fields = Vec::new();
    loop {
        let (field, after) = if let Some(quoted) = rest.strip_prefix('"') {
            let (value, after) = unquote(quoted).ok_or_else(bad)?;
            (Some(value), after)
        } else {
            let end = rest.find([',', ')']).ok_or_else(bad)?;
            let value = &rest[..end];
            ((!value.is_empty()).then_some(Cow::Borrowed(value)), &rest[end..])
        };
        fields.push(field);
        match after.as_bytes().first() {
            Some(b',') => rest = &after[1..],
            Some(b')') => return Ok((fields, &after[1..])),
            _ => return Err(bad()),
        }
    }
}

/// A quoted value (after its opening quote), and what follows its closing quote.
fn unquote(text: &str) -> Option<(Cow<'_, str>, &str)> {
    let end = text.find(['"', '\\'])?;
    if text[end..].starts_with('"') && !text[end + 1..].starts_with('"') {
        return Some((Cow::Borrowed(&text[..end]), &text[end + 1..]));
    }
    let mut value = String::from(&text[..end]);
    let mut chars = text[end..].char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '\\' => value.push(chars.next()?.1),
            '"' if text[end + at + 1..].starts_with('"') => {
                chars.next();
                value.push('"');
            }
            '"' => return Some((Cow::Owned(value), &text[end + at + 1..])),
            c => value.push(c),
        }
    }
    None
}

/// A row's fields, read as a struct's in order (as serde reads a sequence).
struct Fields<'a>(<Values<'a> as IntoIterator>::IntoIter);

impl<'de> de::Deserializer<'de> for Fields<'_> {
    type Error = Error;
    fn deserialize_any<V: Visitor<'de>>(mut self, visitor: V) -> Result<V::Value, Error> {
        let value = visitor.visit_seq(&mut self)?;
        match self.0.len() {
            0 => Ok(value),
            more => Err(de::Error::invalid_length(more, &"no more fields")),
        }
    }
    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

impl<'de> SeqAccess<'de> for Fields<'_> {
    type Error = Error;
    fn next_element_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<Option<S::Value>, Error> {
        self.0.next().map(|field| seed.deserialize(Field(field))).transpose()
    }
}

/// One field: NULL, a number, or text.
struct Field<'a>(Option<Cow<'a, str>>);

impl<'de> de::Deserializer<'de> for Field<'_> {
    type Error = Error;
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            None => visitor.visit_none(),
            Some(text) => visitor.visit_string(text.into_owned()),
        }
    }
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            None => visitor.visit_none(),
            Some(_) => visitor.visit_some(self),
        }
    }
    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let text = self.0.ok_or_else(|| de::Error::custom("a number was NULL"))?;
        let number = text
            .parse()
            .map_err(|_| de::Error::invalid_value(de::Unexpected::Str(&text), &"a whole number"))?;
        visitor.visit_i64(number)
    }
    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Row {
        id: String,
        name: Option<String>,
        note: String,
        count: Option<i64>,
    }

    fn row(id: &str, name: Option<&str>, note: &str, count: Option<i64>) -> Row {
        Row {
            id: id.into(),
            name: name.map(Into::into),
            note: note.into(),
            count,
        }
    }

    #[test]
    fn reads_nulls_empty_strings_and_quoted_text() {
        let text = "(p1,\"Wendy Khan\",\"\",3)\n(p2,,\"says \"\"hi\"\", (back\\\\slash)\nnext line\",)";
        let rows: Vec<Row> = super::rows(text).expect("rows");
        assert_eq!(
            rows,
            [
                row("p1", Some("Wendy Khan"), "", Some(3)),
                row("p2", None, "says \"hi\", (back\\slash)\nnext line", None),
            ]
        );
    }

    #[test]
    fn no_rows_and_broken_rows() {
        assert_eq!(super::rows::<Row>("").expect("none"), []);
        for broken in ["(p1,x,y", "p1,x,y,1)", "(p1,x,\"y,1)", "(p1,x,y,one)", "(p1,x,y)"] {
            assert!(super::rows::<Row>(broken).is_err(), "{broken}");
        }
    }
}
