// An empty page rendered for every request, as the app's pages are: what Next costs before any app code.
export const dynamic = "force-dynamic";

export default function EmptyPage() {
  return <main />;
}
