//! What never changes once read, kept for the whole process by a key never reused (a
//! published plan's version, whose a record is): at most `most` entries, all forgotten at
//! once when full.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Mutex, PoisonError};

pub struct Memo<K, V> {
    most: usize,
    kept: Mutex<HashMap<K, V>>,
}

impl<K: Hash + Eq, V: Clone> Memo<K, V> {
    pub fn new(most: usize) -> Self {
        Self {
            most,
            kept: Mutex::default(),
        }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        self.kept
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(key)
            .cloned()
    }

    pub fn keep(&self, key: K, value: V) {
        let mut kept = self.kept.lock().unwrap_or_else(PoisonError::into_inner);
        if kept.len() >= self.most {
            kept.clear();
        }
        kept.insert(key, value);
    }
}
