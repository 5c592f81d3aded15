// What the SDK examples share: a named step that prints "ok" when its checks pass, and the check that an SDK call failed
// with Telnyx's 422 at a given JSON pointer.
import assert from 'node:assert/strict';
import { UnprocessableEntityError } from 'telnyx';

export async function step(name, body) {
  process.stdout.write(`- ${name} ... `);
  await body();
  console.log('ok');
}

/** The 422's first error points at `pointer`. */
export function unprocessableAt(pointer) {
  return (error) => {
    assert.ok(error instanceof UnprocessableEntityError, `got ${error?.constructor?.name}: ${error?.message}`);
    assert.equal(error.error.errors[0].source.pointer, pointer);
    return true;
  };
}
