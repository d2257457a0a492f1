export default async function stopWorkbench(): Promise<void> {
  await globalThis.custodianWorkbench?.close();
}
