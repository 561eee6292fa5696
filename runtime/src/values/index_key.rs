//! Convex's total order on values, and an order-preserving byte encoding of it.
//!
//! Indexes live in SQLite, which compares BLOBs with `memcmp`. Encoding each index key with
//! [`encode_key`] makes SQLite's byte order equal Convex's value order, so index range
//! queries (`.withIndex(…, q => q.eq(…).gt(…))`) become plain `BETWEEN`-style scans. A
//! tuple's encoding is the concatenation of its elements' encodings, so every prefix of a
//! tuple encodes to a byte prefix, and "all keys starting with these values" is the byte
//! range `[encode_key(prefix), prefix_end(&encode_key(prefix)))`.
//!
//! The order follows `compareValues` in the `convex` package (`values/compare.ts`):
//!
//! * across types: undefined < null < int64 < float64 < boolean < string < bytes < array
//!   < object;
//! * int64 numerically; booleans false < true;
//! * float64: -NaN < -∞ < … < -0 < 0 < … < +∞ < +NaN, where NaNs of one sign are ordered
//!   by their raw bits read as an integer (the package's `compareNumbers`; note this orders
//!   negative NaN payloads the opposite way from `f64::total_cmp`);
//! * strings by their UTF-8 bytes (`compareUTF8`), bytes bytewise;
//! * arrays element by element, a proper prefix first; objects as the list of their
//!   `(field name, value)` pairs in sorted field order, compared the same way.
//!
//! Encoding: one tag byte per value (never `0x00` or `0xFF`), then
//! * int64: 8 big-endian bytes with the sign bit flipped;
//! * float64: 8 big-endian bytes of a key that orders as above;
//! * string/bytes: the bytes with every `0x00` escaped as `0x00 0xFF`, then a `0x00`
//!   terminator (so a shorter string sorts first, and the escape sorts after any terminator);
//! * array: the elements' encodings, then `0x00`;
//! * object: for each field a `0x01` marker, the name as an escaped string and the value's
//!   encoding, then `0x00`. The marker keeps an empty field name (encoded as a bare
//!   terminator) apart from the end of the object.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use super::Value;

const TERMINATOR: u8 = 0x00;
const ESCAPE: u8 = 0xFF;

const UNDEFINED_TAG: u8 = 0x01;
const NULL_TAG: u8 = 0x02;
const INT64_TAG: u8 = 0x03;
const FLOAT64_TAG: u8 = 0x04;
const FALSE_TAG: u8 = 0x05;
const TRUE_TAG: u8 = 0x06;
const STRING_TAG: u8 = 0x07;
const BYTES_TAG: u8 = 0x08;
const ARRAY_TAG: u8 = 0x09;
const OBJECT_TAG: u8 = 0x0A;
/// Starts each object field; above the object's terminator.
const FIELD_MARKER: u8 = 0x01;

const SIGN_BIT: u64 = 1 << 63;
/// The bits of the smallest-bits negative NaN (`0xFFF0_0000_0000_0001`).
const MIN_NEGATIVE_NAN_BITS: u64 = 0xFFF0_0000_0000_0001;

/// The rank of a value's type in Convex's cross-type order (undefined is 0).
fn type_rank(value: &Value) -> u8 {
    match value {
        Value::Null => 1,
        Value::Int64(_) => 2,
        Value::Float64(_) => 3,
        Value::Boolean(_) => 4,
        Value::String(_) => 5,
        Value::Bytes(_) => 6,
        Value::Array(_) => 7,
        Value::Object(_) => 8,
    }
}

/// Convex's total order on values (`compareValues` in the `convex` package).
pub fn compare(a: &Value, b: &Value) -> Ordering {
    type_rank(a).cmp(&type_rank(b)).then_with(|| match (a, b) {
        (Value::Int64(x), Value::Int64(y)) => x.cmp(y),
        (Value::Float64(x), Value::Float64(y)) => compare_floats(*x, *y),
        (Value::Boolean(x), Value::Boolean(y)) => x.cmp(y),
        // `str` orders by UTF-8 bytes, which is what `compareUTF8` computes.
        (Value::String(x), Value::String(y)) => x.cmp(y),
        (Value::Bytes(x), Value::Bytes(y)) => x.cmp(y),
        (Value::Array(x), Value::Array(y)) => compare_slices(x, y),
        (Value::Object(x), Value::Object(y)) => compare_objects(x, y),
        // Null against null; other pairs have different ranks and never get here.
        _ => Ordering::Equal,
    })
}

/// Like [`compare`], with `None` standing for `undefined` (a missing field), which sorts
/// before every value.
pub fn compare_undefined_or(a: Option<&Value>, b: Option<&Value>) -> Ordering {
    match (a, b) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Less,
        (Some(_), None) => Ordering::Greater,
        (Some(a), Some(b)) => compare(a, b),
    }
}

/// Compares tuples (or arrays) element by element; a proper prefix sorts first.
pub fn compare_slices(a: &[Value], b: &[Value]) -> Ordering {
    a.iter()
        .zip(b)
        .map(|(x, y)| compare(x, y))
        .find(|o| o.is_ne())
        .unwrap_or_else(|| a.len().cmp(&b.len()))
}

fn compare_objects(a: &BTreeMap<String, Value>, b: &BTreeMap<String, Value>) -> Ordering {
    a.iter()
        .zip(b)
        .map(|((ka, va), (kb, vb))| ka.cmp(kb).then_with(|| compare(va, vb)))
        .find(|o| o.is_ne())
        .unwrap_or_else(|| a.len().cmp(&b.len()))
}

/// `compareNumbers` from the `convex` package, case by case.
fn compare_floats(x: f64, y: f64) -> Ordering {
    if x.is_nan() || y.is_nan() {
        let (x_bits, y_bits) = (x.to_bits() as i64, y.to_bits() as i64);
        let (x_negative, y_negative) = (x_bits < 0, y_bits < 0);
        return match (x.is_nan(), y.is_nan()) {
            // A NaN sorts below everything when its sign bit is set, above otherwise.
            (true, false) if x_negative => Ordering::Less,
            (true, false) => Ordering::Greater,
            (false, true) if y_negative => Ordering::Greater,
            (false, true) => Ordering::Less,
            // Two NaNs: negative first, then by bits as a signed integer.
            _ => y_negative.cmp(&x_negative).then(x_bits.cmp(&y_bits)),
        };
    }
    let (x_negative_zero, y_negative_zero) = (is_negative_zero(x), is_negative_zero(y));
    if x_negative_zero && y_negative_zero {
        return Ordering::Equal;
    }
    // -0 sorts just below 0 and compares like 0 against everything else.
    if x_negative_zero && y == 0.0 {
        return Ordering::Less;
    }
    if y_negative_zero && x == 0.0 {
        return Ordering::Greater;
    }
    x.partial_cmp(&y).unwrap_or(Ordering::Equal)
}

fn is_negative_zero(f: f64) -> bool {
    f == 0.0 && f.is_sign_negative()
}

/// A `u64` whose unsigned order is [`compare_floats`]'s order.
fn float_key(f: f64) -> u64 {
    let bits = f.to_bits();
    if bits & SIGN_BIT == 0 {
        // +0, positive numbers, +∞ and positive NaNs (ascending bits) above all negatives.
        bits | SIGN_BIT
    } else if f.is_nan() {
        // Negative NaNs below -∞, ascending by bits: 0 ..= 0x000F_FFFF_FFFF_FFFE.
        bits - MIN_NEGATIVE_NAN_BITS
    } else {
        // Negative numbers, -∞ and -0: larger magnitude first. -∞ maps to
        // 0x000F_FFFF_FFFF_FFFF, just above the largest negative NaN key.
        !bits
    }
}

fn write_escaped(bytes: &[u8], out: &mut Vec<u8>) {
    for &byte in bytes {
        out.push(byte);
        if byte == TERMINATOR {
            out.push(ESCAPE);
        }
    }
    out.push(TERMINATOR);
}

fn write_value(value: &Value, out: &mut Vec<u8>) {
    match value {
        Value::Null => out.push(NULL_TAG),
        Value::Int64(i) => {
            out.push(INT64_TAG);
            out.extend_from_slice(&((*i as u64) ^ SIGN_BIT).to_be_bytes());
        }
        Value::Float64(f) => {
            out.push(FLOAT64_TAG);
            out.extend_from_slice(&float_key(*f).to_be_bytes());
        }
        Value::Boolean(false) => out.push(FALSE_TAG),
        Value::Boolean(true) => out.push(TRUE_TAG),
        Value::String(s) => {
            out.push(STRING_TAG);
            write_escaped(s.as_bytes(), out);
        }
        Value::Bytes(bytes) => {
            out.push(BYTES_TAG);
            write_escaped(bytes, out);
        }
        Value::Array(items) => {
            out.push(ARRAY_TAG);
            for item in items {
                write_value(item, out);
            }
            out.push(TERMINATOR);
        }
        Value::Object(fields) => {
            out.push(OBJECT_TAG);
            for (name, value) in fields {
                out.push(FIELD_MARKER);
                write_escaped(name.as_bytes(), out);
                write_value(value, out);
            }
            out.push(TERMINATOR);
        }
    }
}

/// Appends one key element's encoding to `out`; `None` is `undefined` (a missing field).
pub fn append_key_part(value: Option<&Value>, out: &mut Vec<u8>) {
    match value {
        None => out.push(UNDEFINED_TAG),
        Some(value) => write_value(value, out),
    }
}

/// The order-preserving encoding of a tuple of values: for tuples `a` and `b`,
/// `encode_key(a).cmp(&encode_key(b))` equals Convex's order on them (element by element,
/// a proper prefix first).
pub fn encode_key(values: &[Value]) -> Vec<u8> {
    let mut out = Vec::new();
    for value in values {
        write_value(value, &mut out);
    }
    out
}

/// The encoding of one key element that may be `undefined` (`None`: the indexed field is
/// missing from the document), which sorts before every value. Concatenate these to build
/// an index key over fields that may be missing.
pub fn encode_undefined_or(value: Option<&Value>) -> Vec<u8> {
    let mut out = Vec::new();
    append_key_part(value, &mut out);
    out
}

/// The smallest byte string greater than every string that starts with `prefix`, for the
/// exclusive upper bound of a prefix scan. `None` when there is none (the prefix is empty or
/// all `0xFF`), meaning the scan is unbounded above.
pub fn prefix_end(prefix: &[u8]) -> Option<Vec<u8>> {
    let last = prefix.iter().rposition(|&b| b != 0xFF)?;
    let mut end = prefix[..=last].to_vec();
    end[last] += 1;
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{arb_f64, arb_value, obj};
    use super::*;
    use proptest::prelude::*;

    /// Values in strictly ascending Convex order.
    fn ascending() -> Vec<Value> {
        let negative_nan_small = f64::from_bits(0xFFF0_0000_0000_0001);
        let negative_nan_large = f64::from_bits(0xFFFF_FFFF_FFFF_FFFF);
        let positive_nan_small = f64::from_bits(0x7FF0_0000_0000_0001);
        let positive_nan_large = f64::from_bits(0x7FFF_FFFF_FFFF_FFFF);
        vec![
            Value::Null,
            Value::Int64(i64::MIN),
            Value::Int64(-1),
            Value::Int64(0),
            Value::Int64(1),
            Value::Int64(i64::MAX),
            Value::Float64(negative_nan_small),
            Value::Float64(negative_nan_large),
            Value::Float64(f64::NEG_INFINITY),
            Value::Float64(f64::MIN),
            Value::Float64(-1.0),
            Value::Float64(-f64::from_bits(1)),
            Value::Float64(-0.0),
            Value::Float64(0.0),
            Value::Float64(f64::from_bits(1)),
            Value::Float64(1.0),
            Value::Float64(f64::MAX),
            Value::Float64(f64::INFINITY),
            Value::Float64(positive_nan_small),
            Value::Float64(f64::NAN),
            Value::Float64(positive_nan_large),
            Value::Boolean(false),
            Value::Boolean(true),
            Value::String(String::new()),
            Value::String("\u{0}".into()),
            Value::String("A".into()),
            Value::String("a".into()),
            Value::String("a\u{0}".into()),
            Value::String("ab".into()),
            Value::String("b".into()),
            Value::String("\u{7f}".into()),
            Value::String("é".into()),
            // U+FFFF before U+10000 in UTF-8 (UTF-16 code units would order them the
            // other way round: 0xFFFF > 0xD800).
            Value::String("\u{ffff}".into()),
            Value::String("\u{10000}".into()),
            Value::Bytes(vec![]),
            Value::Bytes(vec![0]),
            Value::Bytes(vec![0, 0]),
            Value::Bytes(vec![0, 1]),
            Value::Bytes(vec![1]),
            Value::Bytes(vec![0xff]),
            Value::Array(vec![]),
            Value::Array(vec![Value::Null]),
            Value::Array(vec![Value::Null, Value::Null]),
            Value::Array(vec![Value::Int64(0)]),
            Value::Array(vec![Value::String("a".into())]),
            Value::Array(vec![Value::String("a\u{0}".into())]),
            Value::Array(vec![Value::Array(vec![])]),
            obj(&[]),
            obj(&[("", Value::Null)]),
            obj(&[("a", Value::Null)]),
            obj(&[("a", Value::Null), ("b", Value::Null)]),
            obj(&[("a", Value::Int64(1))]),
            obj(&[("ab", Value::Null)]),
            obj(&[("b", Value::Null)]),
        ]
    }

    #[test]
    fn hand_ordered_values_compare_and_encode_in_order() {
        let values = ascending();
        for (i, a) in values.iter().enumerate() {
            for (j, b) in values.iter().enumerate() {
                let expected = i.cmp(&j);
                assert_eq!(compare(a, b), expected, "compare({a}, {b})");
                assert_eq!(
                    encode_key(std::slice::from_ref(a)).cmp(&encode_key(std::slice::from_ref(b))),
                    expected,
                    "encode({a}) vs encode({b})"
                );
            }
        }
    }

    #[test]
    fn empty_field_name_is_not_the_end_of_the_object() {
        // Found by `tuple_encoding_preserves_order`: `{"": null}` must sort after `{}` even
        // when the `{}` is followed by more key elements.
        let a = encode_key(&[obj(&[("", Value::Null)])]);
        let b = encode_key(&[obj(&[]), Value::Int64(0)]);
        assert_eq!(
            compare(&obj(&[("", Value::Null)]), &obj(&[])),
            Ordering::Greater
        );
        assert!(a > b);
    }

    #[test]
    fn undefined_sorts_first() {
        let undefined = encode_undefined_or(None);
        for value in ascending() {
            assert!(undefined < encode_undefined_or(Some(&value)), "{value}");
            assert_eq!(compare_undefined_or(None, Some(&value)), Ordering::Less);
            assert_eq!(compare_undefined_or(Some(&value), None), Ordering::Greater);
        }
        assert_eq!(compare_undefined_or(None, None), Ordering::Equal);
    }

    #[test]
    fn tuple_prefixes_are_byte_prefixes_and_sort_first() {
        let full = [Value::String("x".into()), Value::Int64(3), Value::Null];
        let prefix = encode_key(&full[..2]);
        let key = encode_key(&full);
        assert!(key.starts_with(&prefix));
        assert!(prefix < key);
        let end = prefix_end(&prefix).unwrap();
        assert!(key < end);
        // A different second element falls outside the prefix range.
        let other = encode_key(&[Value::String("x".into()), Value::Int64(4)]);
        assert!(other >= end);
    }

    #[test]
    fn prefix_end_edge_cases() {
        assert_eq!(prefix_end(&[]), None);
        assert_eq!(prefix_end(&[0xff, 0xff]), None);
        assert_eq!(prefix_end(&[1, 2]), Some(vec![1, 3]));
        assert_eq!(prefix_end(&[1, 0xff]), Some(vec![2]));
    }

    #[test]
    fn negative_nans_order_by_ascending_bits_like_compare_ts() {
        let a = f64::from_bits(0xFFF8_0000_0000_0000); // -NaN (the usual one)
        let b = f64::from_bits(0xFFF8_0000_0000_0001);
        assert_eq!(compare_floats(a, b), Ordering::Less);
        // f64::total_cmp would say the opposite here.
        assert_eq!(a.total_cmp(&b), Ordering::Greater);
        assert!(float_key(a) < float_key(b));
    }

    fn arb_tuple() -> impl Strategy<Value = Vec<Value>> {
        prop::collection::vec(arb_value(), 0..4)
    }

    proptest! {
        #![proptest_config(super::super::testing::config(1024))]

        #[test]
        fn encoding_preserves_order(a in arb_value(), b in arb_value()) {
            let by_bytes = encode_key(std::slice::from_ref(&a))
                .cmp(&encode_key(std::slice::from_ref(&b)));
            prop_assert_eq!(compare(&a, &b), by_bytes, "{} vs {}", a, b);
        }

        #[test]
        fn tuple_encoding_preserves_order(a in arb_tuple(), b in arb_tuple()) {
            prop_assert_eq!(compare_slices(&a, &b), encode_key(&a).cmp(&encode_key(&b)));
        }

        #[test]
        fn optional_parts_preserve_order(
            a in prop::option::of(arb_value()),
            b in prop::option::of(arb_value()),
        ) {
            prop_assert_eq!(
                compare_undefined_or(a.as_ref(), b.as_ref()),
                encode_undefined_or(a.as_ref()).cmp(&encode_undefined_or(b.as_ref()))
            );
        }

        #[test]
        fn float_key_matches_compare_ts(x in arb_f64(), y in arb_f64()) {
            prop_assert_eq!(compare_floats(x, y), float_key(x).cmp(&float_key(y)));
            // Away from NaN, the order is IEEE total order.
            if !x.is_nan() && !y.is_nan() {
                prop_assert_eq!(compare_floats(x, y), x.total_cmp(&y));
            }
        }

        #[test]
        fn compare_is_a_total_order(a in arb_value(), b in arb_value(), c in arb_value()) {
            prop_assert_eq!(compare(&a, &b), compare(&b, &a).reverse());
            prop_assert_eq!(compare(&a, &a), Ordering::Equal);
            if compare(&a, &b).is_le() && compare(&b, &c).is_le() {
                prop_assert!(compare(&a, &c).is_le());
            }
        }

        #[test]
        fn prefix_range_contains_exactly_the_extensions(
            prefix in arb_tuple(),
            rest in arb_tuple(),
            other in arb_tuple(),
        ) {
            let start = encode_key(&prefix);
            let mut extended = prefix.clone();
            extended.extend(rest);
            let key = encode_key(&extended);
            let in_range = |k: &[u8]| {
                k >= start.as_slice() && prefix_end(&start).is_none_or(|end| k < end.as_slice())
            };
            prop_assert!(in_range(&key));
            let other_key = encode_key(&other);
            let other_extends = other.len() >= prefix.len()
                && compare_slices(&other[..prefix.len()], &prefix).is_eq();
            prop_assert_eq!(in_range(&other_key), other_extends);
        }
    }
}
