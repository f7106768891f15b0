/** True when `promise` settles within the current task's microtasks, as workerd's synchronous APIs' promises do. */
export async function settlesInPlace(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  for (let i = 0; i < 10; i++) await Promise.resolve();
  return settled;
}
