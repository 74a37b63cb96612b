/**
 * Turns the contract's JSON Schema (generated from the zod schema) into ODCS v3.1.0 schema
 * properties, so the ODCS file lists exactly the fields zod checks, with their types and limits.
 * ODCS allows only some options per logical type, so the rest (enums, defaults) go into the
 * description, where a reader still sees them.
 */
type Node = Record<string, unknown>;
export type OdcsProperty = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A union with null (a nullable field) is the other member; other unions keep their first type. */
function withoutNull(node: Node): Node {
  const members = Array.isArray(node.anyOf) ? node.anyOf.filter(isNode) : [];
  if (members.length === 0) return node;
  const rest = members.filter((member) => member.type !== 'null');
  const formats = new Set(rest.map((member) => member.format));
  // A contact that is either a web address or an email: say both, keep no single format.
  const first = rest[0] ?? {};
  const merged =
    rest.length > 1 && formats.size > 1
      ? { type: first.type, description: `Any of these forms: ${[...formats].join(', ')}.` }
      : first;
  return { ...merged, ...(node.default === undefined ? {} : { default: node.default }) };
}

function logicalTypeOf(node: Node): string {
  if (node.format === 'date') return 'date';
  if (node.format === 'date-time') return 'timestamp';
  return typeof node.type === 'string' ? node.type : 'string';
}

const pick = (node: Node, keys: readonly string[]) =>
  Object.fromEntries(keys.filter((key) => node[key] !== undefined).map((key) => [key, node[key]]));

/** Whole numbers are bounded by JavaScript's safe integers; that is not a rule of the contract. */
const isSafeIntegerBound = (value: unknown) =>
  value === Number.MAX_SAFE_INTEGER || value === Number.MIN_SAFE_INTEGER;

function optionsOf(node: Node, logicalType: string): Node {
  switch (logicalType) {
    case 'string':
      return pick(node, ['minLength', 'maxLength', 'pattern', 'format']);
    case 'date':
      return { format: 'yyyy-MM-dd' };
    case 'timestamp':
      return { timezone: true };
    case 'number':
    case 'integer': {
      const bounds = pick(node, ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']);
      return Object.fromEntries(Object.entries(bounds).filter(([, v]) => !isSafeIntegerBound(v)));
    }
    case 'array':
      return pick(node, ['minItems', 'maxItems']);
    default:
      return {};
  }
}

function describe(node: Node): string | undefined {
  const parts: string[] = [];
  if (typeof node.description === 'string') parts.push(node.description);
  if (Array.isArray(node.enum)) parts.push(`One of: ${node.enum.join(', ')}.`);
  if (node.const !== undefined) parts.push(`Always ${JSON.stringify(node.const)}.`);
  if (node.default !== undefined) parts.push(`Default: ${JSON.stringify(node.default)}.`);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** The ODCS body of one field or array item (no name): type, options, nested fields. */
function odcsElement(raw: Node): OdcsProperty {
  const node = withoutNull(raw);
  const logicalType = logicalTypeOf(node);
  const options = optionsOf(node, logicalType);
  const description = describe(node);
  return {
    logicalType,
    ...(Object.keys(options).length > 0 ? { logicalTypeOptions: options } : {}),
    ...(description ? { description } : {}),
    ...(logicalType === 'object' ? { properties: odcsProperties(node) } : {}),
    ...(logicalType === 'array' && isNode(node.items) ? { items: odcsElement(node.items) } : {}),
  };
}

/** The ODCS properties of a JSON Schema object node, in the zod schema's order. */
export function odcsProperties(objectNode: Node): OdcsProperty[] {
  const properties = isNode(objectNode.properties) ? objectNode.properties : {};
  const required = new Set(Array.isArray(objectNode.required) ? objectNode.required : []);
  return Object.entries(properties)
    .filter((entry): entry is [string, Node] => isNode(entry[1]))
    .map(([name, node]) => ({ name, ...odcsElement(node), required: required.has(name) }));
}

/** One ODCS property for a bare value (a list of strings such as `periods`). */
export function odcsValueProperty(name: string, node: Node): OdcsProperty {
  return { name, ...odcsElement(node), required: true };
}
