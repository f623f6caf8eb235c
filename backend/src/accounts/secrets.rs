//! The secrets sign-in hands out: invitation codes a person can read over the phone, and
//! session tokens. Only their SHA-256 hashes are stored.

use rand::RngCore;
use sha2::{Digest, Sha256};

/// Crockford's base32: no I, L, O or U, so nothing is mistaken for 1, 0 or V.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Ten characters of five bits: 50 bits, shown as `7KQ2-M9XW-3R`.
const CODE_LENGTH: usize = 10;

pub fn new_invitation_code() -> String {
    let mut bytes = [0u8; CODE_LENGTH];
    rand::rng().fill_bytes(&mut bytes);
    let chars: String = bytes.iter().map(|b| ALPHABET[usize::from(b & 31)] as char).collect();
    format!("{}-{}-{}", &chars[..4], &chars[4..8], &chars[8..])
}

/// The code as typed, in its one canonical form: case, spaces and dashes do not matter,
/// and the letters people confuse with digits read as those digits.
pub fn normalise_code(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect()
}

pub fn hash_code(typed: &str) -> String {
    hash(&normalise_code(typed))
}

/// 256 random bits, as 64 hex characters.
pub fn new_session_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

pub fn hash(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_reads_the_same_however_it_is_typed() {
        let code = new_invitation_code();
        assert_eq!(code.len(), 12);
        let sloppy = code.to_lowercase().replace('-', " ");
        assert_eq!(hash_code(&sloppy), hash_code(&code));
        assert_eq!(normalise_code("o1l-IO"), "01110");
    }

    #[test]
    fn codes_use_only_the_unambiguous_alphabet_and_differ() {
        let a = new_invitation_code();
        let b = new_invitation_code();
        assert_ne!(a, b);
        assert!(a.chars().filter(|c| *c != '-').all(|c| ALPHABET.contains(&(c as u8))));
    }

    #[test]
    fn a_session_token_is_256_bits() {
        assert_eq!(new_session_token().len(), 64);
        assert_ne!(new_session_token(), new_session_token());
    }
}
