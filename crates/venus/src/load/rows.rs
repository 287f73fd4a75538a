//! Arrow record batches (from parquet or Arrow IPC) to JSON records.
//!
//! Every source goes through [`Problem::from_value`](crate::record::Problem::from_value)
//! so that validation is done once; this module only turns one Arrow row into the
//! `serde_json::Value` the same record would be in JSON. It reads the arrays directly
//! (no JSON text in between), which keeps a 30 MB split well under a second. Nested
//! columns of the public data — `list<string>` tags, `list<struct>` solutions, runners
//! as a struct or a map of strings — become arrays and objects; nulls become JSON null
//! (dropped later, as absent).

use std::path::Path;

use arrow_array::cast::AsArray;
use arrow_array::types::{
    ArrowDictionaryKeyType, Float32Type, Float64Type, Int16Type, Int32Type, Int64Type, Int8Type,
    UInt16Type, UInt32Type, UInt64Type, UInt8Type,
};
use arrow_array::{Array, ArrayRef, RecordBatch};
use arrow_schema::{ArrowError, DataType};
use serde_json::{Map, Value};

use super::{Collector, LoadError};

/// Feeds every row of `batches` to `collector` as a record labelled `row N` (counting
/// from 0 in the file), until it is full.
pub(super) fn read_batches(
    batches: impl Iterator<Item = Result<RecordBatch, ArrowError>>,
    path: &Path,
    collector: &mut Collector,
) -> Result<(), LoadError> {
    let mut first_row = 0;
    for batch in batches {
        if collector.is_full() {
            break;
        }
        let batch = batch.map_err(|source| LoadError::Arrow {
            path: path.to_path_buf(),
            source,
        })?;
        read_batch(&batch, first_row, path, collector)?;
        first_row += batch.num_rows();
    }
    Ok(())
}

fn read_batch(
    batch: &RecordBatch,
    first_row: usize,
    path: &Path,
    collector: &mut Collector,
) -> Result<(), LoadError> {
    let schema = batch.schema();
    for row in 0..batch.num_rows() {
        if collector.is_full() {
            break;
        }
        let mut record = Map::new();
        for (field, column) in schema.fields().iter().zip(batch.columns()) {
            let value = value_at(column.as_ref(), row).map_err(|data_type| LoadError::Column {
                path: path.to_path_buf(),
                column: field.name().clone(),
                data_type: data_type.to_string(),
            })?;
            record.insert(field.name().clone(), value);
        }
        collector.push(
            Value::Object(record),
            path,
            &format!("row {}", first_row + row),
        )?;
    }
    Ok(())
}

/// The JSON value of `array[row]`, or the (possibly nested) type it cannot convert.
fn value_at(array: &dyn Array, row: usize) -> Result<Value, DataType> {
    if array.is_null(row) {
        return Ok(Value::Null);
    }
    Ok(match array.data_type() {
        DataType::Null => Value::Null,
        DataType::Boolean => Value::Bool(array.as_boolean().value(row)),
        DataType::Int8 => array.as_primitive::<Int8Type>().value(row).into(),
        DataType::Int16 => array.as_primitive::<Int16Type>().value(row).into(),
        DataType::Int32 => array.as_primitive::<Int32Type>().value(row).into(),
        DataType::Int64 => array.as_primitive::<Int64Type>().value(row).into(),
        DataType::UInt8 => array.as_primitive::<UInt8Type>().value(row).into(),
        DataType::UInt16 => array.as_primitive::<UInt16Type>().value(row).into(),
        DataType::UInt32 => array.as_primitive::<UInt32Type>().value(row).into(),
        DataType::UInt64 => array.as_primitive::<UInt64Type>().value(row).into(),
        DataType::Float32 => float(array.as_primitive::<Float32Type>().value(row).into()),
        DataType::Float64 => float(array.as_primitive::<Float64Type>().value(row)),
        DataType::Utf8 => Value::String(array.as_string::<i32>().value(row).to_owned()),
        DataType::LargeUtf8 => Value::String(array.as_string::<i64>().value(row).to_owned()),
        DataType::Utf8View => Value::String(array.as_string_view().value(row).to_owned()),
        DataType::List(_) => list(&array.as_list::<i32>().value(row))?,
        DataType::LargeList(_) => list(&array.as_list::<i64>().value(row))?,
        DataType::FixedSizeList(..) => list(&array.as_fixed_size_list().value(row))?,
        DataType::Struct(fields) => {
            let array = array.as_struct();
            let mut object = Map::new();
            for (field, column) in fields.iter().zip(array.columns()) {
                object.insert(field.name().clone(), value_at(column.as_ref(), row)?);
            }
            Value::Object(object)
        }
        DataType::Map(..) => {
            let entries = array.as_map().value(row);
            let (keys, values) = (entries.column(0), entries.column(1));
            let mut object = Map::new();
            for i in 0..entries.len() {
                match value_at(keys.as_ref(), i)? {
                    Value::String(key) => object.insert(key, value_at(values.as_ref(), i)?),
                    _ => return Err(keys.data_type().clone()),
                };
            }
            Value::Object(object)
        }
        DataType::Dictionary(key, _) => match key.as_ref() {
            DataType::Int8 => dictionary_value::<Int8Type>(array, row)?,
            DataType::Int16 => dictionary_value::<Int16Type>(array, row)?,
            DataType::Int32 => dictionary_value::<Int32Type>(array, row)?,
            DataType::Int64 => dictionary_value::<Int64Type>(array, row)?,
            DataType::UInt8 => dictionary_value::<UInt8Type>(array, row)?,
            DataType::UInt16 => dictionary_value::<UInt16Type>(array, row)?,
            DataType::UInt32 => dictionary_value::<UInt32Type>(array, row)?,
            DataType::UInt64 => dictionary_value::<UInt64Type>(array, row)?,
            _ => return Err(array.data_type().clone()),
        },
        other => return Err(other.clone()),
    })
}

/// A float as JSON; NaN and infinities have no JSON form and read as absent.
fn float(x: f64) -> Value {
    serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number)
}

fn list(items: &ArrayRef) -> Result<Value, DataType> {
    (0..items.len())
        .map(|i| value_at(items.as_ref(), i))
        .collect::<Result<_, _>>()
        .map(Value::Array)
}

fn dictionary_value<K: ArrowDictionaryKeyType>(
    array: &dyn Array,
    row: usize,
) -> Result<Value, DataType> {
    let dictionary = array.as_dictionary::<K>();
    match dictionary.key(row) {
        Some(index) => value_at(dictionary.values().as_ref(), index),
        None => Ok(Value::Null),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_array::builder::{MapBuilder, OffsetBufferBuilder, StringBuilder};
    use arrow_array::{
        BooleanArray, Date32Array, Float64Array, Int64Array, ListArray, StringArray, StructArray,
    };
    use arrow_schema::{Field, Fields};
    use serde_json::json;
    use std::sync::Arc;

    fn strings(values: &[Option<&str>]) -> ArrayRef {
        Arc::new(StringArray::from(values.to_vec()))
    }

    #[test]
    fn nested_columns_become_json_with_nulls() {
        let solution_fields = Fields::from(vec![
            Field::new("code", DataType::Utf8, true),
            Field::new("passed", DataType::Boolean, true),
            Field::new("time", DataType::Float64, true),
        ]);
        let solutions = StructArray::new(
            solution_fields.clone(),
            vec![
                strings(&[Some("a"), Some("b"), Some("c")]),
                Arc::new(BooleanArray::from(vec![Some(true), None, Some(false)])),
                Arc::new(Float64Array::from(vec![Some(1.5), None, Some(f64::NAN)])),
            ],
            None,
        );
        let item = Arc::new(Field::new("item", DataType::Struct(solution_fields), true));
        let lists = ListArray::new(
            item,
            {
                let mut offsets = OffsetBufferBuilder::new(3);
                [2, 0, 1].into_iter().for_each(|n| offsets.push_length(n));
                offsets.finish()
            },
            Arc::new(solutions),
            Some(vec![true, false, true].into()),
        );
        let runners = StructArray::new(
            Fields::from(vec![
                Field::new("python3", DataType::Utf8, true),
                Field::new("cpp", DataType::Utf8, true),
            ]),
            vec![
                strings(&[Some("p"), None, Some("q")]),
                strings(&[None, None, Some("c")]),
            ],
            Some(vec![true, false, true].into()),
        );
        let mut map = MapBuilder::new(None, StringBuilder::new(), StringBuilder::new());
        map.keys().append_value("golang");
        map.values().append_value("g");
        map.append(true).unwrap();
        map.append(false).unwrap();
        map.append(true).unwrap();
        let ids = Int64Array::from(vec![1, 2, 3]);

        assert_eq!(
            value_at(&lists, 0).unwrap(),
            json!([{"code": "a", "passed": true, "time": 1.5}, {"code": "b", "passed": null, "time": null}])
        );
        assert_eq!(value_at(&lists, 1).unwrap(), Value::Null);
        assert_eq!(
            value_at(&lists, 2).unwrap(),
            json!([{"code": "c", "passed": false, "time": null}])
        );
        assert_eq!(
            value_at(&runners, 0).unwrap(),
            json!({"python3": "p", "cpp": null})
        );
        assert_eq!(value_at(&runners, 1).unwrap(), Value::Null);
        assert_eq!(value_at(&map.finish(), 0).unwrap(), json!({"golang": "g"}));
        assert_eq!(value_at(&ids, 2).unwrap(), json!(3));
    }

    #[test]
    fn dictionary_strings_read_as_their_values() {
        let array: arrow_array::DictionaryArray<Int32Type> =
            vec!["Easy", "Hard", "Easy"].into_iter().collect();
        assert_eq!(value_at(&array, 2).unwrap(), json!("Easy"));
        assert_eq!(value_at(&array, 1).unwrap(), json!("Hard"));
    }

    #[test]
    fn an_unusable_column_is_named_with_its_type() {
        let schema = Arc::new(arrow_schema::Schema::new(vec![Field::new(
            "created",
            DataType::Date32,
            true,
        )]));
        let batch =
            RecordBatch::try_new(schema, vec![Arc::new(Date32Array::from(vec![1]))]).unwrap();
        let err = read_batches(
            std::iter::once(Ok(batch)),
            Path::new("x.parquet"),
            &mut Collector::new(None),
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.starts_with("x.parquet: column `created` has type Date32"),
            "{err}"
        );
    }
}
