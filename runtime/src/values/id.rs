//! Convex document IDs, in the format the Convex backend uses ("ID v6").
//!
//! Apps see IDs only as opaque strings, but some code does look at them (`ctx.db.normalizeId`,
//! `v.id("table")` checks, IDs copied between deployments in tests), so the runtime mints
//! IDs that are indistinguishable from real ones. The format, as documented in the open-source
//! Convex backend (`crates/value/src/id_v6.rs`):
//!
//! ```text
//! binary = VInt(table_number) ++ internal_id (16 random bytes) ++ footer (2 bytes, LE)
//! footer = fletcher16(VInt(table_number) ++ internal_id) ^ version   (version = 0)
//! id     = base32(binary)   Crockford alphabet, lowercase, no padding
//! ```
//!
//! VInt is the little-endian base-128 varint (7 bits per byte, high bit = "more"), one to
//! five bytes. Table numbers start at 1; 0 never decodes. An ID is therefore 31 to 37
//! characters long.
//!
//! Decoding accepts what the backend accepts, with one extra check: a varint whose fifth
//! byte carries bits beyond 32 is rejected rather than silently truncated.

/// Crockford's base32 alphabet, lowercase.
const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

const INTERNAL_ID_LEN: usize = 16;
const FOOTER_LEN: usize = 2;
const MAX_VINT_LEN: usize = 5;
const VERSION: u16 = 0;

const MIN_BINARY_LEN: usize = 1 + INTERNAL_ID_LEN + FOOTER_LEN;
const MAX_BINARY_LEN: usize = MAX_VINT_LEN + INTERNAL_ID_LEN + FOOTER_LEN;

/// The number of base32 characters for `len` bytes (no padding).
const fn base32_len(len: usize) -> usize {
    (len * 8).div_ceil(5)
}

const MIN_ID_LEN: usize = base32_len(MIN_BINARY_LEN);
const MAX_ID_LEN: usize = base32_len(MAX_BINARY_LEN);

/// Formats a document ID for a document in table `table_number` with internal ID `random`
/// (16 random bytes). Convex table numbers start at 1: an ID minted with 0 does not decode.
pub fn new_id(table_number: u32, random: [u8; INTERNAL_ID_LEN]) -> String {
    let mut binary = Vec::with_capacity(MAX_BINARY_LEN);
    write_vint(table_number, &mut binary);
    binary.extend_from_slice(&random);
    let footer = fletcher16(&binary) ^ VERSION;
    binary.extend_from_slice(&footer.to_le_bytes());
    base32_encode(&binary)
}

/// The table number of a well-formed document ID, or `None` for any other string (bad
/// length or characters, table number 0, wrong checksum, trailing bytes).
pub fn decode_id(id: &str) -> Option<u32> {
    decode_id_parts(id).map(|(table_number, _)| table_number)
}

/// The table number and 16-byte internal ID of a well-formed document ID.
///
/// Like the backend, this tolerates non-canonical spellings (unused trailing bits in the last
/// base32 character, over-long varints); `new_id` of the parts gives the canonical string.
pub fn decode_id_parts(id: &str) -> Option<(u32, [u8; INTERNAL_ID_LEN])> {
    // Check the length first so that long garbage is rejected cheaply.
    if !(MIN_ID_LEN..=MAX_ID_LEN).contains(&id.len()) {
        return None;
    }
    let binary = base32_decode(id)?;
    let (table_number, vint_len) = read_vint(&binary)?;
    if table_number == 0 {
        return None;
    }
    let internal_end = vint_len + INTERNAL_ID_LEN;
    let internal_id: [u8; INTERNAL_ID_LEN] = binary.get(vint_len..internal_end)?.try_into().ok()?;
    let footer_bytes: [u8; FOOTER_LEN] = binary
        .get(internal_end..internal_end + FOOTER_LEN)?
        .try_into()
        .ok()?;
    if binary.len() != internal_end + FOOTER_LEN {
        return None;
    }
    let expected = fletcher16(&binary[..internal_end]) ^ VERSION;
    (u16::from_le_bytes(footer_bytes) == expected).then_some((table_number, internal_id))
}

fn write_vint(mut n: u32, out: &mut Vec<u8>) {
    while n >= 0x80 {
        out.push((n & 0x7f) as u8 | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// Reads a varint, returning the number and how many bytes it took.
fn read_vint(bytes: &[u8]) -> Option<(u32, usize)> {
    let mut n: u32 = 0;
    for (i, &byte) in bytes.iter().take(MAX_VINT_LEN).enumerate() {
        let low = u32::from(byte & 0x7f);
        // The fifth byte holds bits 28..35; anything past bit 31 does not fit.
        if i == MAX_VINT_LEN - 1 && low > 0x0f {
            return None;
        }
        n |= low << (7 * i);
        if byte & 0x80 == 0 {
            return Some((n, i + 1));
        }
    }
    None
}

/// Fletcher-16 with modulus 256, as the backend computes it.
fn fletcher16(bytes: &[u8]) -> u16 {
    let (mut c0, mut c1) = (0u8, 0u8);
    for &byte in bytes {
        c0 = c0.wrapping_add(byte);
        c1 = c1.wrapping_add(c0);
    }
    (u16::from(c1) << 8) | u16::from(c0)
}

fn base32_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(base32_len(bytes.len()));
    let (mut buffer, mut bits) = (0u16, 0u32);
    for &byte in bytes {
        buffer = (buffer << 8) | u16::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(ALPHABET[usize::from((buffer >> bits) & 0x1f)]));
        }
        buffer &= (1 << bits) - 1;
    }
    if bits > 0 {
        out.push(char::from(
            ALPHABET[usize::from((buffer << (5 - bits)) & 0x1f)],
        ));
    }
    out
}

/// Decodes lowercase Crockford base32 (strictly: no uppercase, no `i l o u`, no padding);
/// leftover bits that do not fill a byte are dropped.
fn base32_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 5 / 8);
    let (mut buffer, mut bits) = (0u16, 0u32);
    for byte in text.bytes() {
        let digit = ALPHABET.iter().position(|&c| c == byte)?;
        buffer = (buffer << 5) | digit as u16;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The internal ID of the backend's own stability test: 251, 251², … (mod 256).
    fn stability_internal_id() -> [u8; 16] {
        let mut id = [251u8; 16];
        for i in 1..16 {
            id[i] = id[i - 1].wrapping_mul(251);
        }
        id
    }

    #[test]
    fn matches_the_backends_stability_vector() {
        // From `test_document_id_stability` in the Convex backend's id_v6.rs.
        let id = new_id(1017, stability_internal_id());
        assert_eq!(id, "z43zp6c3e75gkmz1kfwj6mbbx5sw281h");
        assert_eq!(decode_id(&id), Some(1017));
        assert_eq!(decode_id_parts(&id), Some((1017, stability_internal_id())));
    }

    #[test]
    fn id_lengths_span_one_to_five_byte_table_numbers() {
        let random = [7u8; 16];
        for (table, len) in [(1, 31), (127, 31), (128, 32), (1 << 14, 34), (u32::MAX, 37)] {
            let id = new_id(table, random);
            assert_eq!(id.len(), len, "table {table}");
            assert_eq!(decode_id(&id), Some(table));
        }
        assert_eq!((MIN_ID_LEN, MAX_ID_LEN), (31, 37));
    }

    #[test]
    fn rejects_malformed_ids() {
        let id = new_id(10, [3u8; 16]);
        // Any single-character change breaks the checksum (or the length/alphabet).
        let mut corrupted = id.clone().into_bytes();
        corrupted[5] = if corrupted[5] == b'0' { b'1' } else { b'0' };
        assert_eq!(decode_id(std::str::from_utf8(&corrupted).unwrap()), None);
        assert_eq!(decode_id(&id.to_uppercase()), None);
        assert_eq!(decode_id(&id[..id.len() - 1]), None);
        assert_eq!(decode_id(&format!("{id}0")), None);
        assert_eq!(decode_id(""), None);
        assert_eq!(decode_id("user_demo_001"), None);
        assert_eq!(decode_id(&"é".repeat(16)), None);
        // Table number 0 is never valid.
        assert_eq!(decode_id(&new_id(0, [3u8; 16])), None);
        // The backend's regression input: a one-byte-looking table code that takes two.
        assert_eq!(decode_id("sssswsgggggggggsgcsssfafffsffks"), None);
    }

    #[test]
    fn vint_rejects_overflow_and_truncation() {
        assert_eq!(
            read_vint(&[0xff, 0xff, 0xff, 0xff, 0x0f]),
            Some((u32::MAX, 5))
        );
        assert_eq!(read_vint(&[0xff, 0xff, 0xff, 0xff, 0x1f]), None);
        assert_eq!(read_vint(&[0x80, 0x80, 0x80, 0x80, 0x80, 0x01]), None);
        assert_eq!(read_vint(&[0x80]), None);
        assert_eq!(read_vint(&[]), None);
    }

    proptest! {
        #![proptest_config(super::super::testing::config(256))]

        #[test]
        fn round_trips(table in 1u32.., random in any::<[u8; 16]>()) {
            let id = new_id(table, random);
            prop_assert!(id.bytes().all(|b| ALPHABET.contains(&b)));
            prop_assert_eq!(decode_id_parts(&id), Some((table, random)));
        }

        #[test]
        fn vint_round_trips(n in any::<u32>()) {
            let mut bytes = Vec::new();
            write_vint(n, &mut bytes);
            prop_assert_eq!(read_vint(&bytes), Some((n, bytes.len())));
        }

        #[test]
        fn base32_round_trips(bytes in prop::collection::vec(any::<u8>(), 0..40)) {
            let text = base32_encode(&bytes);
            prop_assert_eq!(text.len(), base32_len(bytes.len()));
            prop_assert_eq!(base32_decode(&text), Some(bytes));
        }

        #[test]
        fn decode_never_panics(s in "\\PC{0,40}") {
            let _ = decode_id(&s);
        }

        #[test]
        fn decode_never_panics_on_near_ids(bytes in prop::collection::vec(any::<u8>(), 19..=23)) {
            // Valid base32 of the right length, so decoding gets past the first checks.
            let id = base32_encode(&bytes);
            if let Some((table, internal)) = decode_id_parts(&id) {
                // Whatever decodes re-encodes to an ID with the same parts.
                prop_assert_eq!(decode_id_parts(&new_id(table, internal)), Some((table, internal)));
            }
        }

        #[test]
        fn single_character_corruption_is_caught(
            table in 1u32..100_000,
            random in any::<[u8; 16]>(),
            position in any::<prop::sample::Index>(),
            replacement in 0usize..32,
        ) {
            let id = new_id(table, random);
            let mut bytes = id.clone().into_bytes();
            let i = position.index(bytes.len());
            bytes[i] = ALPHABET[replacement];
            let corrupted = String::from_utf8(bytes).unwrap();
            if let Some(decoded) = decode_id_parts(&corrupted) {
                // Only a no-op change, or one confined to the unused trailing bits of the
                // last character, may still decode, and then to the same parts.
                prop_assert_eq!(decoded, (table, random));
            }
        }
    }
}
