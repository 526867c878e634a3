export function Pricing() {
  return (
    <>
      <h1>Pricing</h1>
      <ul>
        <li>Starter: up to 25 devices, €49 a month</li>
        <li>Operations: unlimited devices and terminal recordings, €299 a month</li>
      </ul>
    </>
  );
}
