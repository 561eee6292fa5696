//! The cryptography behind `crypto.subtle` (subtle.js holds the Web Crypto API around it):
//! digests, HMAC, PBKDF2 and HKDF, and signatures (RSASSA-PKCS1-v1_5, ECDSA P-256/P-384,
//! Ed25519), computed by ring. Packages hash passwords and sign tokens with these (Convex
//! Auth: lucia's scrypt derives with PBKDF2, jose signs with RS256).
//!
//! A key travels as its material in the format it was imported in (`raw`, `pkcs8`, `spki`
//! or `jwk` text) with the algorithm it was imported for; each operation reads it again.

use ring::{digest, hkdf, hmac, pbkdf2, rand, signature};
use serde_json::{json, Map, Value as Json};

use base64::Engine as _;

/// What an operation answers: bytes, or (importing a key) its description.
pub enum Answer {
    Bytes(Vec<u8>),
    Json(Json),
}

/// Runs `op` with `params` (JSON) over `buffers`; an error is the message of the
/// `DOMException`-like error subtle.js throws.
pub fn run(op: &str, params: &Json, buffers: &[&[u8]]) -> Result<Answer, String> {
    let buffer = |i: usize| buffers.get(i).copied().unwrap_or_default();
    let algorithm = &params["algorithm"];
    match op {
        "digest" => {
            let hash = digest_algorithm(&params["hash"])?;
            Ok(Answer::Bytes(
                digest::digest(hash, buffer(0)).as_ref().to_vec(),
            ))
        }
        "importKey" => import_key(params, buffer(0)).map(Answer::Json),
        "generateKey" => generate_key(algorithm).map(Answer::Json),
        "sign" => sign(algorithm, &params["key"], buffer(0), buffer(1)).map(Answer::Bytes),
        "verify" => {
            let ok = verify(algorithm, &params["key"], buffer(0), buffer(1), buffer(2))?;
            Ok(Answer::Bytes(vec![u8::from(ok)]))
        }
        "deriveBits" => {
            let bits = params["length"].as_u64().unwrap_or(0) as usize;
            derive_bits(algorithm, buffer(0), buffer(1), buffer(2), bits).map(Answer::Bytes)
        }
        other => Err(format!(
            "crypto.subtle.{other} is not supported by convexkit"
        )),
    }
}

fn name(algorithm: &Json) -> String {
    match algorithm {
        Json::String(name) => name.to_ascii_uppercase(),
        other => other["name"]
            .as_str()
            .unwrap_or_default()
            .to_ascii_uppercase(),
    }
}

fn digest_algorithm(hash: &Json) -> Result<&'static digest::Algorithm, String> {
    match name(hash).as_str() {
        "SHA-1" => Ok(&digest::SHA1_FOR_LEGACY_USE_ONLY),
        "SHA-256" => Ok(&digest::SHA256),
        "SHA-384" => Ok(&digest::SHA384),
        "SHA-512" => Ok(&digest::SHA512),
        other => Err(format!("Unrecognized hash algorithm: {other}")),
    }
}

fn hmac_algorithm(hash: &Json) -> Result<hmac::Algorithm, String> {
    match name(hash).as_str() {
        "SHA-1" => Ok(hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY),
        "SHA-256" => Ok(hmac::HMAC_SHA256),
        "SHA-384" => Ok(hmac::HMAC_SHA384),
        "SHA-512" => Ok(hmac::HMAC_SHA512),
        other => Err(format!("Unrecognized hash algorithm: {other}")),
    }
}

/// A new key pair as `{ privateKey, publicKey }` JWKs (RSA; ring has no RSA key generation).
fn generate_key(algorithm: &Json) -> Result<Json, String> {
    use rsa::traits::{PrivateKeyParts, PublicKeyParts};
    if !matches!(name(algorithm).as_str(), "RSASSA-PKCS1-V1_5" | "RSA-PSS") {
        return Err(format!(
            "generateKey with {} is not supported by convexkit",
            algorithm["name"]
        ));
    }
    let bits = algorithm["modulusLength"].as_u64().unwrap_or(2048) as usize;
    let exponent = match algorithm["publicExponent"].as_str() {
        Some(encoded) => base64::engine::general_purpose::STANDARD
            .decode(encoded)
            .map_err(|e| format!("publicExponent: {e}"))?,
        None => vec![1, 0, 1],
    };
    let exponent = rsa::BigUint::from_bytes_be(&exponent);
    let mut key = rsa::RsaPrivateKey::new_with_exp(&mut rsa::rand_core::OsRng, bits, &exponent)
        .map_err(|e| format!("RSA key generation failed: {e}"))?;
    key.precompute()
        .map_err(|e| format!("RSA key generation failed: {e}"))?;
    let encode =
        |n: &rsa::BigUint| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(n.to_bytes_be());
    let primes = key.primes();
    let (Some(dp), Some(dq), Some(qi)) = (key.dp(), key.dq(), key.crt_coefficient()) else {
        return Err("RSA key generation failed: no CRT values".into());
    };
    let public = json!({ "kty": "RSA", "n": encode(key.n()), "e": encode(key.e()) });
    let mut private = public.clone();
    for (field, value) in [
        ("d", encode(key.d())),
        ("p", encode(&primes[0])),
        ("q", encode(&primes[1])),
        ("dp", encode(dp)),
        ("dq", encode(dq)),
        ("qi", encode(&qi)),
    ] {
        private[field] = json!(value);
    }
    Ok(json!({ "privateKey": private, "publicKey": public }))
}

/// Checks key material and describes the key: `{ type, algorithm }` (with an RSA key's
/// `modulusLength` and `publicExponent`, as jose reads them).
fn import_key(params: &Json, data: &[u8]) -> Result<Json, String> {
    let algorithm = &params["algorithm"];
    let format = params["format"].as_str().unwrap_or_default();
    let mut described = json!({ "name": algorithm["name"] });
    let kind = match name(algorithm).as_str() {
        "HMAC" | "PBKDF2" | "HKDF" => {
            if let Some(hash) = algorithm.get("hash") {
                described["hash"] = json!({ "name": name(hash) });
            }
            match format {
                "raw" => {}
                "jwk" if parse_jwk(data)?.get("kty").and_then(Json::as_str) == Some("oct") => {}
                _ => {
                    return Err(format!(
                        "Unsupported key format {format} for this algorithm"
                    ))
                }
            }
            if name(algorithm) == "HMAC" {
                described["length"] = json!(secret(format, data)?.len() * 8);
            }
            "secret"
        }
        "RSASSA-PKCS1-V1_5" | "RSA-PSS" => {
            described["hash"] = json!({ "name": name(&algorithm["hash"]) });
            let (kind, modulus, exponent) = rsa_parts(format, data)?;
            let modulus = strip_zeros(&modulus);
            described["modulusLength"] = json!(modulus.len() * 8);
            described["publicExponent"] =
                json!(base64::engine::general_purpose::STANDARD.encode(strip_zeros(&exponent)));
            kind
        }
        "ECDSA" => {
            described["namedCurve"] = algorithm["namedCurve"].clone();
            // Parsing it is the check.
            match format {
                "pkcs8" | "jwk" if !is_public_jwk(format, data) => {
                    ecdsa_key_pair(algorithm, format, data)?;
                    "private"
                }
                _ => {
                    public_key(Curve::Ec, format, data)?;
                    "public"
                }
            }
        }
        "ED25519" => match format {
            "pkcs8" | "jwk" if !is_public_jwk(format, data) => {
                ed25519_key_pair(format, data)?;
                "private"
            }
            _ => "public",
        },
        other => return Err(format!("Unrecognized algorithm name: {other}")),
    };
    Ok(json!({ "type": kind, "algorithm": described }))
}

fn is_public_jwk(format: &str, data: &[u8]) -> bool {
    format == "jwk" && parse_jwk(data).is_ok_and(|k| !k.contains_key("d"))
}

fn parse_jwk(data: &[u8]) -> Result<Map<String, Json>, String> {
    serde_json::from_slice(data).map_err(|e| format!("Invalid JWK: {e}"))
}

fn secret(format: &str, data: &[u8]) -> Result<Vec<u8>, String> {
    match format {
        "jwk" => {
            let key = parse_jwk(data)?;
            base64url(&key, "k")
        }
        _ => Ok(data.to_vec()),
    }
}

fn base64url(jwk: &Map<String, Json>, field: &str) -> Result<Vec<u8>, String> {
    let text = jwk
        .get(field)
        .and_then(Json::as_str)
        .ok_or_else(|| format!("Invalid JWK: missing `{field}`"))?;
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(text.trim_end_matches('='))
        .map_err(|e| format!("Invalid JWK `{field}`: {e}"))
}

fn strip_zeros(bytes: &[u8]) -> &[u8] {
    let first = bytes.iter().position(|b| *b != 0).unwrap_or(bytes.len());
    &bytes[first..]
}

/// An RSA key's kind, modulus and public exponent.
fn rsa_parts(format: &str, data: &[u8]) -> Result<(&'static str, Vec<u8>, Vec<u8>), String> {
    match format {
        "jwk" => {
            let key = parse_jwk(data)?;
            let kind = if key.contains_key("d") {
                rsa_key_pair(format, data)?;
                "private"
            } else {
                "public"
            };
            Ok((kind, base64url(&key, "n")?, base64url(&key, "e")?))
        }
        "pkcs8" => {
            let pair = rsa_key_pair(format, data)?;
            let public = signature::KeyPair::public_key(&pair);
            let (n, e) = rsa_public_components(public.as_ref())?;
            Ok(("private", n, e))
        }
        "spki" => {
            let (n, e) = rsa_public_components(&spki_key(data)?)?;
            Ok(("public", n, e))
        }
        other => Err(format!("Unsupported key format {other} for RSA")),
    }
}

fn rsa_key_pair(format: &str, data: &[u8]) -> Result<signature::RsaKeyPair, String> {
    let invalid = |e: ring::error::KeyRejected| format!("Invalid RSA private key: {e}");
    match format {
        "pkcs8" => signature::RsaKeyPair::from_pkcs8(data).map_err(invalid),
        "jwk" => {
            let key = parse_jwk(data)?;
            let part = |field| base64url(&key, field);
            let (n, e, d, p, q, dp, dq, qi) = (
                part("n")?,
                part("e")?,
                part("d")?,
                part("p")?,
                part("q")?,
                part("dp")?,
                part("dq")?,
                part("qi")?,
            );
            signature::RsaKeyPair::from_components(&ring::rsa::KeyPairComponents {
                public_key: ring::rsa::PublicKeyComponents { n: &n, e: &e },
                d: &d,
                p: &p,
                q: &q,
                dP: &dp,
                dQ: &dq,
                qInv: &qi,
            })
            .map_err(invalid)
        }
        other => Err(format!(
            "Unsupported key format {other} for an RSA private key"
        )),
    }
}

/// The modulus and exponent of a DER `RSAPublicKey`.
fn rsa_public_components(der: &[u8]) -> Result<(Vec<u8>, Vec<u8>), String> {
    use simple_asn1::ASN1Block;
    let invalid = || "Invalid RSA public key".to_string();
    let blocks = simple_asn1::from_der(der).map_err(|_| invalid())?;
    match blocks.first() {
        Some(ASN1Block::Sequence(_, items)) => match items.as_slice() {
            [ASN1Block::Integer(_, n), ASN1Block::Integer(_, e)] => {
                Ok((n.to_signed_bytes_be(), e.to_signed_bytes_be()))
            }
            _ => Err(invalid()),
        },
        _ => Err(invalid()),
    }
}

/// The key inside a DER `SubjectPublicKeyInfo` (an `RSAPublicKey`, an EC point, ...).
fn spki_key(der: &[u8]) -> Result<Vec<u8>, String> {
    use simple_asn1::ASN1Block;
    let invalid = || "Invalid SubjectPublicKeyInfo".to_string();
    let blocks = simple_asn1::from_der(der).map_err(|_| invalid())?;
    match blocks.first() {
        Some(ASN1Block::Sequence(_, items)) => match items.as_slice() {
            [_, ASN1Block::BitString(_, _, key)] => Ok(key.clone()),
            _ => Err(invalid()),
        },
        _ => Err(invalid()),
    }
}

fn ecdsa_algorithms(
    algorithm: &Json,
) -> Result<
    (
        &'static signature::EcdsaSigningAlgorithm,
        &'static signature::EcdsaVerificationAlgorithm,
    ),
    String,
> {
    let curve = algorithm["namedCurve"].as_str().unwrap_or_default();
    let hash = name(&algorithm["hash"]);
    match (curve, hash.as_str()) {
        ("P-256", "SHA-256" | "") => Ok((
            &signature::ECDSA_P256_SHA256_FIXED_SIGNING,
            &signature::ECDSA_P256_SHA256_FIXED,
        )),
        ("P-384", "SHA-384" | "") => Ok((
            &signature::ECDSA_P384_SHA384_FIXED_SIGNING,
            &signature::ECDSA_P384_SHA384_FIXED,
        )),
        _ => Err(format!("ECDSA with {curve} and {hash} is not supported")),
    }
}

fn ecdsa_key_pair(
    algorithm: &Json,
    format: &str,
    data: &[u8],
) -> Result<signature::EcdsaKeyPair, String> {
    let (signing, _) = ecdsa_algorithms(algorithm)?;
    let random = rand::SystemRandom::new();
    let invalid = |e: ring::error::KeyRejected| format!("Invalid EC private key: {e}");
    match format {
        "pkcs8" => signature::EcdsaKeyPair::from_pkcs8(signing, data, &random).map_err(invalid),
        "jwk" => {
            let key = parse_jwk(data)?;
            let point = public_key(Curve::Ec, "jwk", data)?;
            signature::EcdsaKeyPair::from_private_key_and_public_key(
                signing,
                &base64url(&key, "d")?,
                &point,
                &random,
            )
            .map_err(invalid)
        }
        other => Err(format!(
            "Unsupported key format {other} for an EC private key"
        )),
    }
}

/// The curves whose public keys are points (ECDSA) or plain bytes (Ed25519).
#[derive(Clone, Copy)]
enum Curve {
    Ec,
    Ed25519,
}

/// A public key's bytes: an EC key's uncompressed point, an Ed25519 key's 32 bytes.
fn public_key(curve: Curve, format: &str, data: &[u8]) -> Result<Vec<u8>, String> {
    match format {
        "raw" => Ok(data.to_vec()),
        "spki" => spki_key(data),
        "jwk" => {
            let key = parse_jwk(data)?;
            match curve {
                Curve::Ec => {
                    let mut point = vec![4];
                    point.extend(base64url(&key, "x")?);
                    point.extend(base64url(&key, "y")?);
                    Ok(point)
                }
                Curve::Ed25519 => base64url(&key, "x"),
            }
        }
        other => Err(format!("Unsupported key format {other} for a public key")),
    }
}

fn ed25519_key_pair(format: &str, data: &[u8]) -> Result<signature::Ed25519KeyPair, String> {
    let invalid = |e: ring::error::KeyRejected| format!("Invalid Ed25519 private key: {e}");
    match format {
        "pkcs8" => signature::Ed25519KeyPair::from_pkcs8_maybe_unchecked(data).map_err(invalid),
        "jwk" => {
            let key = parse_jwk(data)?;
            signature::Ed25519KeyPair::from_seed_and_public_key(
                &base64url(&key, "d")?,
                &base64url(&key, "x")?,
            )
            .map_err(invalid)
        }
        other => Err(format!(
            "Unsupported key format {other} for an Ed25519 private key"
        )),
    }
}

/// The key's algorithm (as imported) and its material's format.
fn key_format(key: &Json) -> &str {
    key["format"].as_str().unwrap_or_default()
}

fn sign(algorithm: &Json, key: &Json, material: &[u8], data: &[u8]) -> Result<Vec<u8>, String> {
    let format = key_format(key);
    let imported = &key["algorithm"];
    let random = rand::SystemRandom::new();
    match name(algorithm).as_str() {
        "HMAC" => {
            let tag = hmac::sign(
                &hmac::Key::new(
                    hmac_algorithm(&imported["hash"])?,
                    &secret(format, material)?,
                ),
                data,
            );
            Ok(tag.as_ref().to_vec())
        }
        "RSASSA-PKCS1-V1_5" => {
            let pair = rsa_key_pair(format, material)?;
            let padding: &dyn signature::RsaEncoding = match name(&imported["hash"]).as_str() {
                "SHA-256" => &signature::RSA_PKCS1_SHA256,
                "SHA-384" => &signature::RSA_PKCS1_SHA384,
                "SHA-512" => &signature::RSA_PKCS1_SHA512,
                other => return Err(format!("RSASSA-PKCS1-v1_5 with {other} is not supported")),
            };
            let mut signed = vec![0; pair.public().modulus_len()];
            pair.sign(padding, &random, data, &mut signed)
                .map_err(|_| "RSA signing failed".to_string())?;
            Ok(signed)
        }
        "ECDSA" => {
            let mut imported = imported.clone();
            imported["hash"] = algorithm["hash"].clone();
            let pair = ecdsa_key_pair(&imported, format, material)?;
            let signed = pair
                .sign(&random, data)
                .map_err(|_| "ECDSA signing failed".to_string())?;
            Ok(signed.as_ref().to_vec())
        }
        "ED25519" => Ok(ed25519_key_pair(format, material)?
            .sign(data)
            .as_ref()
            .to_vec()),
        other => Err(format!(
            "Signing with {other} is not supported by convexkit"
        )),
    }
}

fn verify(
    algorithm: &Json,
    key: &Json,
    material: &[u8],
    signed: &[u8],
    data: &[u8],
) -> Result<bool, String> {
    let format = key_format(key);
    let imported = &key["algorithm"];
    match name(algorithm).as_str() {
        "HMAC" => {
            let key = hmac::Key::new(
                hmac_algorithm(&imported["hash"])?,
                &secret(format, material)?,
            );
            Ok(hmac::verify(&key, data, signed).is_ok())
        }
        "RSASSA-PKCS1-V1_5" => {
            let parameters = match name(&imported["hash"]).as_str() {
                "SHA-256" => &signature::RSA_PKCS1_2048_8192_SHA256,
                "SHA-384" => &signature::RSA_PKCS1_2048_8192_SHA384,
                "SHA-512" => &signature::RSA_PKCS1_2048_8192_SHA512,
                other => return Err(format!("RSASSA-PKCS1-v1_5 with {other} is not supported")),
            };
            let (_, n, e) = rsa_parts(format, material)?;
            let public = signature::RsaPublicKeyComponents {
                n: strip_zeros(&n),
                e: strip_zeros(&e),
            };
            Ok(public.verify(parameters, data, signed).is_ok())
        }
        "ECDSA" => {
            let mut imported = imported.clone();
            imported["hash"] = algorithm["hash"].clone();
            let (_, verification) = ecdsa_algorithms(&imported)?;
            let point = match format {
                "pkcs8" => {
                    signature::KeyPair::public_key(&ecdsa_key_pair(&imported, format, material)?)
                        .as_ref()
                        .to_vec()
                }
                "jwk" | "spki" | "raw" => public_key(Curve::Ec, format, material)?,
                other => return Err(format!("Unsupported key format {other}")),
            };
            Ok(signature::UnparsedPublicKey::new(verification, point)
                .verify(data, signed)
                .is_ok())
        }
        "ED25519" => {
            let public = match format {
                "pkcs8" => signature::KeyPair::public_key(&ed25519_key_pair(format, material)?)
                    .as_ref()
                    .to_vec(),
                _ => public_key(Curve::Ed25519, format, material)?,
            };
            Ok(
                signature::UnparsedPublicKey::new(&signature::ED25519, public)
                    .verify(data, signed)
                    .is_ok(),
            )
        }
        other => Err(format!(
            "Verifying with {other} is not supported by convexkit"
        )),
    }
}

fn derive_bits(
    algorithm: &Json,
    secret: &[u8],
    salt: &[u8],
    info: &[u8],
    bits: usize,
) -> Result<Vec<u8>, String> {
    if !bits.is_multiple_of(8) {
        return Err("The length must be a multiple of 8".into());
    }
    let mut out = vec![0; bits / 8];
    match name(algorithm).as_str() {
        "PBKDF2" => {
            let hash = match name(&algorithm["hash"]).as_str() {
                "SHA-1" => pbkdf2::PBKDF2_HMAC_SHA1,
                "SHA-256" => pbkdf2::PBKDF2_HMAC_SHA256,
                "SHA-384" => pbkdf2::PBKDF2_HMAC_SHA384,
                "SHA-512" => pbkdf2::PBKDF2_HMAC_SHA512,
                other => return Err(format!("Unrecognized hash algorithm: {other}")),
            };
            let iterations = algorithm["iterations"]
                .as_u64()
                .and_then(|n| std::num::NonZeroU32::new(n as u32))
                .ok_or("PBKDF2 needs a positive iteration count")?;
            pbkdf2::derive(hash, iterations, salt, secret, &mut out);
            Ok(out)
        }
        "HKDF" => {
            let hash = match name(&algorithm["hash"]).as_str() {
                "SHA-256" => hkdf::HKDF_SHA256,
                "SHA-384" => hkdf::HKDF_SHA384,
                "SHA-512" => hkdf::HKDF_SHA512,
                other => return Err(format!("Unrecognized hash algorithm: {other}")),
            };
            struct Length(usize);
            impl hkdf::KeyType for Length {
                fn len(&self) -> usize {
                    self.0
                }
            }
            let info = [info];
            hkdf::Salt::new(hash, salt)
                .extract(secret)
                .expand(&info, Length(out.len()))
                .and_then(|okm| okm.fill(&mut out))
                .map_err(|_| "HKDF cannot derive that many bits".to_string())?;
            Ok(out)
        }
        other => Err(format!(
            "Deriving bits with {other} is not supported by convexkit"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes(answer: Answer) -> Vec<u8> {
        match answer {
            Answer::Bytes(bytes) => bytes,
            Answer::Json(json) => panic!("bytes expected, got {json}"),
        }
    }

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn digests_and_derivations_match_published_vectors() {
        let sha256 = bytes(run("digest", &json!({ "hash": "SHA-256" }), &[b"abc"]).unwrap());
        assert_eq!(
            hex(&sha256),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        // RFC 6070's PBKDF2-HMAC-SHA1 vector (2 iterations).
        let derived = bytes(
            run(
                "deriveBits",
                &json!({ "algorithm": { "name": "PBKDF2", "hash": "SHA-1", "iterations": 2 },
                         "length": 160 }),
                &[b"password", b"salt"],
            )
            .unwrap(),
        );
        assert_eq!(hex(&derived), "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957");
        // RFC 4231 test case 2: HMAC-SHA-256 with key "Jefe".
        let key = json!({ "format": "raw", "algorithm": { "name": "HMAC", "hash": "SHA-256" } });
        let tag = bytes(
            run(
                "sign",
                &json!({ "algorithm": "HMAC", "key": key }),
                &[b"Jefe", b"what do ya want for nothing?"],
            )
            .unwrap(),
        );
        assert_eq!(
            hex(&tag),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn an_rsa_pkcs8_key_signs_what_its_public_jwk_verifies() {
        let pem = include_str!("../auth/testdata/rsa.pem");
        let der = base64::engine::general_purpose::STANDARD
            .decode(
                pem.lines()
                    .filter(|l| !l.starts_with("-----"))
                    .collect::<String>(),
            )
            .unwrap();
        let algorithm = json!({ "name": "RSASSA-PKCS1-v1_5", "hash": "SHA-256" });
        let Answer::Json(described) = run(
            "importKey",
            &json!({ "format": "pkcs8", "algorithm": algorithm }),
            &[&der],
        )
        .unwrap() else {
            panic!("a description expected")
        };
        assert_eq!(described["type"], "private");
        assert_eq!(described["algorithm"]["modulusLength"], 2048);
        assert_eq!(described["algorithm"]["publicExponent"], "AQAB");

        let private = json!({ "format": "pkcs8", "algorithm": algorithm });
        let signed = bytes(
            run(
                "sign",
                &json!({ "algorithm": algorithm, "key": private }),
                &[&der, b"data"],
            )
            .unwrap(),
        );
        let jwks: Json =
            serde_json::from_str(include_str!("../auth/testdata/rsa.jwks.json")).unwrap();
        let jwk = jwks["keys"][0].to_string();
        let public = json!({ "format": "jwk", "algorithm": algorithm });
        let verified = |data: &[u8]| {
            bytes(
                run(
                    "verify",
                    &json!({ "algorithm": algorithm, "key": public }),
                    &[jwk.as_bytes(), &signed, data],
                )
                .unwrap(),
            )
        };
        assert_eq!(verified(b"data"), vec![1]);
        assert_eq!(verified(b"tampered"), vec![0]);
    }

    #[test]
    fn a_generated_rsa_key_pair_signs_and_verifies() {
        let algorithm = json!({ "name": "RSASSA-PKCS1-v1_5", "hash": "SHA-256",
            "modulusLength": 2048, "publicExponent": "AQAB" });
        let Answer::Json(pair) =
            run("generateKey", &json!({ "algorithm": algorithm }), &[]).unwrap()
        else {
            panic!("a key pair expected")
        };
        let (private, public) = (
            pair["privateKey"].to_string(),
            pair["publicKey"].to_string(),
        );
        let key = json!({ "format": "jwk", "algorithm": algorithm });
        let signed = bytes(
            run(
                "sign",
                &json!({ "algorithm": algorithm, "key": key }),
                &[private.as_bytes(), b"data"],
            )
            .unwrap(),
        );
        assert_eq!(signed.len(), 256);
        let verified = bytes(
            run(
                "verify",
                &json!({ "algorithm": algorithm, "key": key }),
                &[public.as_bytes(), &signed, b"data"],
            )
            .unwrap(),
        );
        assert_eq!(verified, vec![1]);
    }

    #[test]
    fn unsupported_algorithms_are_named() {
        let error = run(
            "importKey",
            &json!({ "format": "raw", "algorithm": { "name": "RSA-OAEP" } }),
            &[b""],
        )
        .err()
        .unwrap();
        assert!(error.contains("RSA-OAEP"), "{error}");
    }
}
