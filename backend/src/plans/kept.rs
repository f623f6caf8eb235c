//! Published versions, kept in memory once read. A version never changes once published,
//! so a plan read again and again (by the person, their carers, their caseworker) is not
//! fetched, decoded and written out as JSON each time. Kept by plan id (random, never
//! reused) and version.

use std::borrow::Cow;
use std::sync::{Arc, LazyLock};

use api::plan::PlanContent;
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Serialize, Serializer};
use serde_json::value::RawValue;
use sqlx::AnyConnection;

use crate::db::{StoreError, decode_error};
use crate::memo::Memo;

/// A published version's content as JSON, whole and without money, ready to send.
pub struct Kept {
    pub published_at: i64,
    pub whole: ContentJson,
    pub without_money: ContentJson,
}

/// A plan's content, already written out as JSON: it is sent as it is, and described as
/// the `PlanContent` it was written from.
#[derive(Clone)]
pub struct ContentJson(Arc<RawValue>);

impl ContentJson {
    fn of(content: &PlanContent) -> Result<Self, StoreError> {
        let json = serde_json::value::to_raw_value(content).map_err(|error| decode_error(error.to_string()))?;
        Ok(Self(Arc::from(json)))
    }
}

impl Serialize for ContentJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl JsonSchema for ContentJson {
    fn schema_name() -> Cow<'static, str> {
        PlanContent::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        PlanContent::schema_id()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        PlanContent::json_schema(generator)
    }
}

static KEPT: LazyLock<Memo<(String, i64), Arc<Kept>>> = LazyLock::new(|| Memo::new(4096));

/// The published `version` of the plan; the caller has checked that it exists (a plan
/// erased is gone from the database first, so it is never reached here).
pub async fn version(conn: &mut AnyConnection, plan_id: &str, version: i64) -> Result<Arc<Kept>, StoreError> {
    let key = (plan_id.to_owned(), version);
    if let Some(kept) = KEPT.get(&key) {
        return Ok(kept);
    }
    let read = super::version(conn, plan_id, version).await?;
    let kept = Arc::new(Kept {
        published_at: read.published_at,
        whole: ContentJson::of(&read.content)?,
        without_money: ContentJson::of(&read.content.clone().without_money())?,
    });
    KEPT.keep(key, kept.clone());
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use api::plan::{BudgetManagement, PersonalBudget, PlanContent};

    use super::ContentJson;

    #[test]
    fn kept_json_is_the_content_as_serde_writes_it() {
        let content = PlanContent {
            budget: Some(PersonalBudget {
                yearly_pence: 1_040_000,
                weekly_pence: 20_000,
                council_weekly_pence: 15_000,
                contribution_weekly_pence: 5_000,
                managed_by: BudgetManagement::CouncilManaged,
                direct_payment: None,
            }),
            ..PlanContent::default()
        };
        let whole = ContentJson::of(&content).expect("written");
        let without = ContentJson::of(&content.clone().without_money()).expect("written");
        let value = |j: &ContentJson| serde_json::to_value(j).expect("sent");
        assert_eq!(value(&whole), serde_json::to_value(&content).expect("serde"));
        assert_eq!(
            value(&without),
            serde_json::to_value(content.without_money()).expect("serde")
        );
        assert_ne!(value(&whole), value(&without));
    }
}
