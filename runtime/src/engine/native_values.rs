//! Native twins of the `convex` package's value conversions: `jsonToConvex`, `convexToJson`
//! and `patchValueToJson` of `convex/dist/esm/values/value.js`. Every syscall, component call
//! and function result goes through them, and interpreted by QuickJS they were the largest
//! share of a call's cost: a B-tree node of 16 items took about 170 µs each way.
//!
//! A twin handles only the values whose conversion is plain copying: null, booleans,
//! strings, finite numbers other than -0, arrays, and objects whose field names are valid.
//! For anything else (bigints, bytes, special floats, `$` fields, `undefined`, class
//! instances, holes, deep nesting) it answers `undefined`, and the wrapper module calls the
//! package's own function, so every other result and every error message is the package's.
//! Both read properties as `Object.entries` does, getters included.

use rquickjs::function::Func;
use rquickjs::module::{Declarations, Exports, ModuleDef};
use rquickjs::object::Filter;
use rquickjs::{Array, Ctx, Object, Result, Type, Value};

/// The built-in module the wrapper imports the twins from.
pub const MODULE: &str = "convexkit:values";

/// Suffix of the module name under which the package's own `value.js` loads.
pub const ORIGINAL_SUFFIX: &str = "?convexkit-original";

/// The file of the `convex` package that defines the conversions.
const VALUES_FILE: &str = "/node_modules/convex/dist/esm/values/value.js";

/// Values nested deeper are left to the package (Convex values nest at most 64 levels, and a
/// cycle is the package's own error).
const MAX_DEPTH: usize = 64;

/// `MAX_IDENTIFIER_LEN` of the package's `validateObjectField`.
const MAX_FIELD_NAME_LEN: usize = 1024;

/// Whether the module at `path` is the package's `value.js`, which loads as a wrapper.
pub fn is_values_file(path: &str) -> bool {
    path.ends_with(VALUES_FILE)
}

/// The module served for the package's `value.js`: everything it exports, with the three
/// conversions going through the twins first.
pub fn wrapper_source(path: &str) -> String {
    let original = serde_json::Value::String(format!("{path}{ORIGINAL_SUFFIX}"));
    let module = serde_json::Value::String(MODULE.to_string());
    format!(
        "import * as original from {original};\n\
         import {{ jsonToConvex as nativeJsonToConvex, convexToJson as nativeConvexToJson }} from {module};\n\
         export * from {original};\n\
         export function jsonToConvex(value) {{\n\
         \x20 const converted = nativeJsonToConvex(value);\n\
         \x20 return converted === undefined ? original.jsonToConvex(value) : converted;\n\
         }}\n\
         export function convexToJson(value) {{\n\
         \x20 const converted = nativeConvexToJson(value, false);\n\
         \x20 return converted === undefined ? original.convexToJson(value) : converted;\n\
         }}\n\
         export function patchValueToJson(value) {{\n\
         \x20 const converted = nativeConvexToJson(value, true);\n\
         \x20 return converted === undefined ? original.patchValueToJson(value) : converted;\n\
         }}\n"
    )
}

/// The `convexkit:values` module.
pub struct NativeValues;

impl ModuleDef for NativeValues {
    fn declare(declarations: &Declarations<'_>) -> Result<()> {
        declarations.declare("jsonToConvex")?;
        declarations.declare("convexToJson")?;
        Ok(())
    }

    fn evaluate<'js>(_ctx: &Ctx<'js>, exports: &Exports<'js>) -> Result<()> {
        exports.export(
            "jsonToConvex",
            Func::from(|ctx: Ctx<'js>, value: Value<'js>| {
                answer(&ctx, |copier| copier.json_to_convex(&value, 0))
            }),
        )?;
        exports.export(
            "convexToJson",
            Func::from(
                |ctx: Ctx<'js>, value: Value<'js>, top_level_undefined: bool| {
                    answer(&ctx, |copier| {
                        copier.convex_to_json(&value, 0, top_level_undefined)
                    })
                },
            ),
        )?;
        Ok(())
    }
}

/// The converted value, or `undefined` to leave the value to the package. An exception
/// raised on the way (a getter that throws) is dropped: the package's function meets it
/// again and throws it itself.
fn answer<'js>(
    ctx: &Ctx<'js>,
    convert: impl FnOnce(&Copier<'js>) -> Result<Option<Value<'js>>>,
) -> Value<'js> {
    let converted = Copier::new(ctx).and_then(|copier| convert(&copier));
    match converted {
        Ok(Some(value)) => value,
        Ok(None) => Value::new_undefined(ctx.clone()),
        Err(_) => {
            drop(ctx.catch());
            Value::new_undefined(ctx.clone())
        }
    }
}

struct Copier<'js> {
    ctx: Ctx<'js>,
    object_prototype: Value<'js>,
    array_prototype: Value<'js>,
}

/// `Ok(None)`: the package must convert this value.
type Converted<'js> = Result<Option<Value<'js>>>;

impl<'js> Copier<'js> {
    fn new(ctx: &Ctx<'js>) -> Result<Self> {
        let prototype = |object: Object<'js>| {
            object
                .get_prototype()
                .map_or_else(|| Value::new_null(ctx.clone()), Object::into_value)
        };
        Ok(Self {
            ctx: ctx.clone(),
            object_prototype: prototype(Object::new(ctx.clone())?),
            array_prototype: prototype(Array::new(ctx.clone())?.into_object()),
        })
    }

    /// `jsonToConvex`: JSON export form to Convex value.
    fn json_to_convex(&self, value: &Value<'js>, depth: usize) -> Converted<'js> {
        match value.type_of() {
            Type::Null | Type::Bool | Type::Int | Type::Float | Type::String => {
                Ok(Some(value.clone()))
            }
            Type::Array => self.copy_array(value, depth, |element| {
                self.json_to_convex(element, depth + 1)
            }),
            // The package copies any object field by field (a lone `$bytes`, `$integer`...
            // field is an encoded value, which the field-name check sends to the package).
            Type::Object if depth < MAX_DEPTH => {
                let Some(object) = value.as_object() else {
                    return Ok(None);
                };
                let copy = Object::new(self.ctx.clone())?;
                for entry in object.own_props::<String, Value>(Filter::default()) {
                    let (name, field) = entry?;
                    if !is_valid_field_name(&name) {
                        return Ok(None);
                    }
                    let Some(field) = self.json_to_convex(&field, depth + 1)? else {
                        return Ok(None);
                    };
                    copy.set(name, field)?;
                }
                Ok(Some(copy.into_value()))
            }
            _ => Ok(None),
        }
    }

    /// `convexToJson` (and, with `top_level_undefined`, `patchValueToJson`): Convex value
    /// to JSON export form, object fields in sorted order.
    fn convex_to_json(
        &self,
        value: &Value<'js>,
        depth: usize,
        top_level_undefined: bool,
    ) -> Converted<'js> {
        match value.type_of() {
            Type::Null | Type::Bool | Type::Int | Type::String => Ok(Some(value.clone())),
            Type::Float => {
                let number = value.as_float().unwrap_or(f64::NAN);
                // NaN, the infinities and -0 are encoded as `$float`.
                let plain = number.is_finite() && !(number == 0.0 && number.is_sign_negative());
                Ok(plain.then(|| value.clone()))
            }
            Type::Array => self.copy_array(value, depth, |element| {
                self.convex_to_json(element, depth + 1, false)
            }),
            Type::Object if depth < MAX_DEPTH => {
                let Some(object) = value.as_object() else {
                    return Ok(None);
                };
                // Only plain objects: ArrayBuffer, the commit-timestamp placeholder, Set,
                // Map and class instances are the package's to encode or reject.
                let prototype = object
                    .get_prototype()
                    .map_or_else(|| Value::new_null(self.ctx.clone()), Object::into_value);
                if !prototype.is_null() && prototype != self.object_prototype {
                    return Ok(None);
                }
                let mut fields = object
                    .own_props::<String, Value>(Filter::default())
                    .collect::<Result<Vec<_>>>()?;
                fields.sort_by(|(a, _), (b, _)| a.cmp(b));
                let copy = Object::new(self.ctx.clone())?;
                for (name, field) in fields {
                    if field.is_undefined() {
                        if top_level_undefined {
                            // A patch removes the field: `{ $undefined: null }`.
                            if !is_valid_field_name(&name) {
                                return Ok(None);
                            }
                            let removal = Object::new(self.ctx.clone())?;
                            removal.set("$undefined", Value::new_null(self.ctx.clone()))?;
                            copy.set(name, removal)?;
                        }
                        continue;
                    }
                    if !is_valid_field_name(&name) {
                        return Ok(None);
                    }
                    let Some(field) = self.convex_to_json(&field, depth + 1, false)? else {
                        return Ok(None);
                    };
                    copy.set(name, field)?;
                }
                Ok(Some(copy.into_value()))
            }
            _ => Ok(None),
        }
    }

    /// A copy of an array (not a subclass, without holes), element by element.
    fn copy_array(
        &self,
        value: &Value<'js>,
        depth: usize,
        convert: impl Fn(&Value<'js>) -> Converted<'js>,
    ) -> Converted<'js> {
        let Some(array) = value.as_array() else {
            return Ok(None);
        };
        let prototype = array.as_object().get_prototype().map(Object::into_value);
        if depth >= MAX_DEPTH || prototype.as_ref() != Some(&self.array_prototype) {
            return Ok(None);
        }
        let copy = Array::new(self.ctx.clone())?;
        for index in 0..array.len() {
            // A hole reads as undefined, which neither conversion copies.
            let element: Value = array.get(index)?;
            let Some(element) = convert(&element)? else {
                return Ok(None);
            };
            copy.set(index, element)?;
        }
        Ok(Some(copy.into_value()))
    }
}

/// What the package's `validateObjectField` accepts: at most 1,024 characters, no leading
/// `$`, printable ASCII only.
fn is_valid_field_name(name: &str) -> bool {
    name.len() <= MAX_FIELD_NAME_LEN
        && !name.starts_with('$')
        && name.bytes().all(|byte| (32..127).contains(&byte))
}
