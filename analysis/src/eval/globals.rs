//! JavaScript's standard library as far as module-level code uses it to compute data:
//! string methods, `Math`, the conversions (`Number`, `String`, `BigInt`, …), `JSON`,
//! `Date.now()` and `process.env`. Each of these gives data, never a function: what is not
//! computed here is `Value::Data`, which is enough to know an export is no Convex function.

use crate::validator::js_number;

use super::value::{Builtin, Value};

/// The globals that compute data, when `name` is not shadowed by a module-level binding.
pub fn global(name: &str) -> Option<Value> {
    matches!(
        name,
        "Math"
            | "JSON"
            | "Number"
            | "String"
            | "Boolean"
            | "BigInt"
            | "Date"
            | "process"
            | "parseInt"
            | "parseFloat"
            | "isNaN"
            | "isFinite"
            | "encodeURIComponent"
            | "decodeURIComponent"
            | "encodeURI"
            | "decodeURI"
    )
    .then(|| Value::Builtin(Builtin::Global(name.into())))
}

/// `global.key`.
pub fn global_member(name: &str, key: &str) -> Value {
    match (name, key) {
        ("Math", "PI") => Value::Number(std::f64::consts::PI),
        ("Math", "E") => Value::Number(std::f64::consts::E),
        ("Math", "LN2") => Value::Number(std::f64::consts::LN_2),
        ("Math", "LN10") => Value::Number(std::f64::consts::LN_10),
        ("Math", "SQRT2") => Value::Number(std::f64::consts::SQRT_2),
        ("Number", "MAX_SAFE_INTEGER") => Value::Number(9007199254740991.0),
        ("Number", "MIN_SAFE_INTEGER") => Value::Number(-9007199254740991.0),
        ("Number", "EPSILON") => Value::Number(f64::EPSILON),
        ("Number", "MAX_VALUE") => Value::Number(f64::MAX),
        ("Number", "POSITIVE_INFINITY") => Value::Number(f64::INFINITY),
        ("Number", "NEGATIVE_INFINITY") => Value::Number(f64::NEG_INFINITY),
        ("Number", "NaN") => Value::Number(f64::NAN),
        ("process", "env") => Value::Builtin(Builtin::Global("process.env".into())),
        ("process.env", key) => Value::Data(format!("`process.env.{key}`")),
        ("Math" | "JSON" | "Number" | "String" | "Date", _) => {
            Value::Builtin(Builtin::Global(format!("{name}.{key}")))
        }
        _ => Value::Unknown(format!("`{name}.{key}` static evaluation does not follow")),
    }
}

/// `global(args)`: computed when the arguments are known, data otherwise.
pub fn call_global(name: &str, args: &[Value]) -> Value {
    let number = |index: usize| match args.get(index) {
        Some(Value::Number(n)) => Some(*n),
        _ => None,
    };
    let math = |f: fn(f64) -> f64| number(0).map(|n| Value::Number(f(n)));
    let known = match name {
        "Math.floor" => math(f64::floor),
        "Math.ceil" => math(f64::ceil),
        "Math.trunc" => math(f64::trunc),
        "Math.abs" => math(f64::abs),
        "Math.sqrt" => math(f64::sqrt),
        // JavaScript rounds halves up (-2.5 to -2), Rust away from zero.
        "Math.round" => math(|n| (n + 0.5).floor()),
        "Math.pow" => number(0)
            .zip(number(1))
            .map(|(a, b)| Value::Number(a.powf(b))),
        "Math.min" | "Math.max" => {
            let numbers: Option<Vec<f64>> = (0..args.len()).map(number).collect();
            numbers.map(|numbers| {
                let max = name == "Math.max";
                let start = if max {
                    f64::NEG_INFINITY
                } else {
                    f64::INFINITY
                };
                Value::Number(numbers.into_iter().fold(start, |acc, n| {
                    if acc.is_nan() || n.is_nan() {
                        f64::NAN
                    } else if max {
                        acc.max(n)
                    } else {
                        acc.min(n)
                    }
                }))
            })
        }
        "BigInt" => match args.first() {
            Some(Value::Number(n)) if n.fract() == 0.0 && n.abs() < 9.2e18 => {
                Some(Value::BigInt(*n as i64))
            }
            Some(Value::BigInt(n)) => Some(Value::BigInt(*n)),
            Some(Value::Bool(b)) => Some(Value::BigInt(i64::from(*b))),
            Some(Value::Str(s)) => s.trim().parse().ok().map(Value::BigInt),
            _ => None,
        },
        "Number" => match args.first() {
            None => Some(Value::Number(0.0)),
            Some(value) => to_number(value).map(Value::Number),
        },
        "String" => match args.first() {
            None => Some(Value::Str(String::new())),
            Some(value) => to_string(value).map(Value::Str),
        },
        "Boolean" => {
            super::interp::truthy(args.first().unwrap_or(&Value::Undefined)).map(Value::Bool)
        }
        _ => None,
    };
    known.unwrap_or_else(|| Value::Data(format!("the result of `{name}(...)`")))
}

/// `Number(value)` for a known primitive.
fn to_number(value: &Value) -> Option<f64> {
    Some(match value {
        Value::Number(n) => *n,
        Value::Bool(b) => f64::from(u8::from(*b)),
        Value::Null => 0.0,
        Value::Undefined => f64::NAN,
        Value::BigInt(n) => *n as f64,
        Value::Str(s) => {
            let s = s.trim();
            if s.is_empty() {
                0.0
            } else {
                // Rust accepts "inf" and "NaN", JavaScript does not: leave words to run time.
                s.parse::<f64>().ok().filter(|_| {
                    !s.chars()
                        .any(|c| c.is_ascii_alphabetic() && c != 'e' && c != 'E')
                })?
            }
        }
        _ => return None,
    })
}

/// `String(value)` for a known primitive.
pub fn to_string(value: &Value) -> Option<String> {
    Some(match value {
        Value::Str(s) => s.clone(),
        Value::Number(n) => js_number(*n),
        Value::Bool(b) => b.to_string(),
        Value::Null => "null".into(),
        Value::Undefined => "undefined".into(),
        Value::BigInt(n) => n.to_string(),
        _ => return None,
    })
}

const STRING_METHODS: &[&str] = &[
    "at",
    "charAt",
    "charCodeAt",
    "codePointAt",
    "concat",
    "endsWith",
    "includes",
    "indexOf",
    "lastIndexOf",
    "localeCompare",
    "match",
    "matchAll",
    "normalize",
    "padEnd",
    "padStart",
    "repeat",
    "replace",
    "replaceAll",
    "search",
    "slice",
    "split",
    "startsWith",
    "substr",
    "substring",
    "toLocaleLowerCase",
    "toLocaleUpperCase",
    "toLowerCase",
    "toString",
    "toUpperCase",
    "trim",
    "trimEnd",
    "trimLeft",
    "trimRight",
    "trimStart",
    "valueOf",
];

/// `string.key`: its length, a character, or a method bound to it.
pub fn string_member(string: String, key: &str) -> Value {
    if key == "length" {
        return Value::Number(string.encode_utf16().count() as f64);
    }
    if let Ok(index) = key.parse::<usize>() {
        let units: Vec<u16> = string.encode_utf16().collect();
        return units.get(index).map_or(Value::Undefined, |unit| {
            Value::Str(String::from_utf16_lossy(&[*unit]))
        });
    }
    if STRING_METHODS.contains(&key) {
        Value::Builtin(Builtin::StringMethod(string, key.into()))
    } else {
        Value::Undefined
    }
}

/// `string.method(args)`: computed for the methods configuration code uses, data for the
/// others (every string method gives a string, number, boolean or array of strings).
pub fn call_string_method(string: &str, method: &str, args: &[Value]) -> Value {
    string_method(string, method, args)
        .unwrap_or_else(|| Value::Data(format!("the result of `.{method}(...)` on a string")))
}

fn string_method(string: &str, method: &str, args: &[Value]) -> Option<Value> {
    let text = |index: usize| match args.get(index) {
        Some(Value::Str(s)) => Some(s.as_str()),
        _ => None,
    };
    // Positions are UTF-16 code units, as in JavaScript.
    let units: Vec<u16> = string.encode_utf16().collect();
    let len = units.len() as f64;
    let position = |index: usize, default: f64| match args.get(index) {
        None | Some(Value::Undefined) => Some(default),
        Some(Value::Number(n)) if n.is_nan() => Some(0.0),
        Some(Value::Number(n)) => Some(n.trunc()),
        _ => None,
    };
    let relative = |n: f64| {
        if n < 0.0 {
            (len + n).max(0.0)
        } else {
            n.min(len)
        }
    };
    let of_units = |from: f64, to: f64| {
        Value::Str(if from < to {
            String::from_utf16_lossy(&units[from as usize..to as usize])
        } else {
            String::new()
        })
    };
    let is_space = |c: char| c.is_whitespace() || c == '\u{feff}';
    Some(match method {
        "trim" => Value::Str(string.trim_matches(is_space).into()),
        "trimStart" | "trimLeft" => Value::Str(string.trim_start_matches(is_space).into()),
        "trimEnd" | "trimRight" => Value::Str(string.trim_end_matches(is_space).into()),
        "toLowerCase" => Value::Str(string.to_lowercase()),
        "toUpperCase" => Value::Str(string.to_uppercase()),
        "toString" | "valueOf" => Value::Str(string.into()),
        "startsWith" if args.len() == 1 => Value::Bool(string.starts_with(text(0)?)),
        "endsWith" if args.len() == 1 => Value::Bool(string.ends_with(text(0)?)),
        "includes" if args.len() == 1 => Value::Bool(string.contains(text(0)?)),
        "indexOf" if args.len() == 1 => {
            let found = string.find(text(0)?);
            Value::Number(found.map_or(-1.0, |byte| string[..byte].encode_utf16().count() as f64))
        }
        "slice" => of_units(relative(position(0, 0.0)?), relative(position(1, len)?)),
        "substring" => {
            let clamp = |n: f64| n.clamp(0.0, len);
            let (a, b) = (clamp(position(0, 0.0)?), clamp(position(1, len)?));
            of_units(a.min(b), a.max(b))
        }
        "at" | "charAt" => {
            let at = position(0, 0.0)?;
            let at = if method == "at" && at < 0.0 {
                len + at
            } else {
                at
            };
            match (0.0..len).contains(&at) {
                true => of_units(at, at + 1.0),
                false if method == "at" => Value::Undefined,
                false => Value::Str(String::new()),
            }
        }
        "concat" => {
            let mut out = string.to_string();
            for index in 0..args.len() {
                out.push_str(&to_string(args.get(index)?)?);
            }
            Value::Str(out)
        }
        "split" if args.len() <= 1 => match args.first() {
            None | Some(Value::Undefined) => Value::Array(vec![Value::Str(string.into())]),
            Some(Value::Str(separator)) if separator.is_empty() => Value::Array(
                units
                    .iter()
                    .map(|unit| Value::Str(String::from_utf16_lossy(&[*unit])))
                    .collect(),
            ),
            Some(Value::Str(separator)) => Value::Array(
                string
                    .split(separator.as_str())
                    .map(|part| Value::Str(part.into()))
                    .collect(),
            ),
            _ => return None,
        },
        // Replacement patterns (`$&`, `$1`) are left to run time.
        "replace" | "replaceAll" if !text(1)?.contains('$') => {
            let (pattern, replacement) = (text(0)?, text(1)?);
            Value::Str(if method == "replace" {
                string.replacen(pattern, replacement, 1)
            } else if pattern.is_empty() {
                return None;
            } else {
                string.replace(pattern, replacement)
            })
        }
        "repeat" => {
            let count = position(0, 0.0)?;
            if count < 0.0 || count * len > 1_000_000.0 {
                return None;
            }
            Value::Str(string.repeat(count as usize))
        }
        "padStart" | "padEnd" => {
            let target = position(0, 0.0)?;
            let fill: Vec<u16> = match args.get(1) {
                None | Some(Value::Undefined) => vec![u16::from(b' ')],
                Some(Value::Str(fill)) => fill.encode_utf16().collect(),
                _ => return None,
            };
            if target <= len || fill.is_empty() || target > 1_000_000.0 {
                return Value::Str(string.into()).into();
            }
            let padding: Vec<u16> = fill
                .iter()
                .cycle()
                .take(target as usize - units.len())
                .copied()
                .collect();
            let padding = String::from_utf16_lossy(&padding);
            Value::Str(if method == "padStart" {
                format!("{padding}{string}")
            } else {
                format!("{string}{padding}")
            })
        }
        _ => return None,
    })
}

/// Whether a value is plain data: a primitive, known or not.
pub fn is_data(value: &Value) -> bool {
    is_primitive(value) || matches!(value, Value::Data(_))
}

/// Whether a value is a known primitive.
pub fn is_primitive(value: &Value) -> bool {
    matches!(
        value,
        Value::Undefined
            | Value::Null
            | Value::Bool(_)
            | Value::Number(_)
            | Value::BigInt(_)
            | Value::Str(_)
    )
}
