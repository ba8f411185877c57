//! Tokens and passwords: HS384 JWTs signed with a per-database secret, SHA-1 password hashes.
//!
//! Expiry is checked against the emulator's clock (not the wall clock) so tests can age tokens.

use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
use rand::RngCore;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use sha1::{Digest, Sha1};

use super::errors::{ApiError, ApiResult};
use super::store;

pub const AUDIENCE: &str = "emnify";
pub const ISSUER: &str = "emnify-emulator";
/// The fixed one-time code the emulator accepts in the MFA step.
pub const MFA_CODE: &str = "123456";
/// `exp` of application tokens created without an expiry date (2100-01-01).
pub const NO_EXPIRY: i64 = 4_102_444_800;
/// Key that signs the demo application tokens, so their text is the same in every fresh database
/// and can be documented. They are still checked against the database (and can be revoked).
pub const DEMO_APP_KEY: &[u8] = b"emnify-emulator-demo-application-tokens";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenType {
    Auth,
    Refresh,
    Mfa,
    App,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    pub aud: String,
    pub iss: String,
    pub iat: i64,
    pub exp: i64,
    #[serde(rename = "esc.org")]
    pub org: i64,
    #[serde(rename = "esc.orgName")]
    pub org_name: String,
    #[serde(rename = "esc.user", skip_serializing_if = "Option::is_none", default)]
    pub user: Option<i64>,
    #[serde(rename = "esc.app", skip_serializing_if = "Option::is_none", default)]
    pub app: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub sub: Option<String>,
    pub typ: TokenType,
}

/// The signing secret of this database, created on first use.
pub fn secret(c: &Connection) -> ApiResult<Vec<u8>> {
    if let Some(s) = store::meta_get(c, "jwt_secret")? {
        return hex::decode(s)
            .map_err(|_| ApiError::internal("the stored signing secret is corrupt"));
    }
    let mut buf = [0u8; 48];
    rand::thread_rng().fill_bytes(&mut buf);
    store::meta_set(c, "jwt_secret", &hex::encode(buf))?;
    Ok(buf.to_vec())
}

pub fn sign(claims: &Claims, key: &[u8]) -> ApiResult<String> {
    encode(
        &Header::new(Algorithm::HS384),
        claims,
        &EncodingKey::from_secret(key),
    )
    .map_err(|_| ApiError::internal("signing a token failed"))
}

/// Check signature and shape; expiry is checked by the caller against the emulator clock.
pub fn verify(token: &str, key: &[u8]) -> Result<Claims, ApiError> {
    if token.split('.').count() != 3 {
        // What emnify's gateway answers for a token that is not a JWT at all (not emnify's shape).
        return Err(
            ApiError::invalid_token("token contains an invalid number of segments").with_raw_body(
                serde_json::json!({"message": "token contains an invalid number of segments"}),
            ),
        );
    }
    let mut v = Validation::new(Algorithm::HS384);
    v.validate_exp = false;
    v.required_spec_claims.clear();
    v.set_audience(&[AUDIENCE]);
    v.set_issuer(&[ISSUER]);
    decode::<Claims>(token, &DecodingKey::from_secret(key), &v)
        .map(|d| d.claims)
        .map_err(|_| ApiError::invalid_token("the authentication token is invalid"))
}

/// Lowercase hex SHA-1, as emnify expects passwords on the wire.
pub fn sha1_hex(s: &str) -> String {
    hex::encode(Sha1::digest(s.as_bytes()))
}

/// A random URL-safe key (activation keys).
pub fn random_key() -> String {
    let mut buf = [0u8; 16];
    rand::thread_rng().fill_bytes(&mut buf);
    hex::encode(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims() -> Claims {
        Claims {
            aud: AUDIENCE.into(),
            iss: ISSUER.into(),
            iat: 1,
            exp: 2,
            org: 7,
            org_name: "X".into(),
            user: Some(3),
            app: None,
            sub: None,
            typ: TokenType::Auth,
        }
    }

    #[test]
    fn round_trip_and_forgery() {
        let t = sign(&claims(), b"k1").expect("sign");
        let c = verify(&t, b"k1").expect("verify");
        assert_eq!(c.org, 7);
        assert_eq!(c.user, Some(3));
        assert!(verify(&t, b"k2").is_err());
        let e = verify("abc", b"k1").map(|_| ()).expect_err("malformed");
        assert!(e.raw_body().is_some());
    }

    #[test]
    fn sha1_matches_known_vector() {
        assert_eq!(sha1_hex("abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
    }
}
