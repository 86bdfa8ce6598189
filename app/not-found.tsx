import Link from "next/link";

export default function NotFound() {
  return (
    <div className="card mx-auto max-w-lg p-8 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-600">That page does not exist, or you do not have access to it.</p>
      <Link href="/cases" className="btn-primary mt-6">Go to the case library</Link>
    </div>
  );
}
