/**
 * A part of the pane loaded on demand with import(), at most once at a time: the first call starts the
 * download, later calls share it, and a download that failed (a dropped connection) is tried again on
 * the next call rather than remembered.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    if (!loading) {
      const attempt = load();
      loading = attempt;
      attempt.catch(() => {
        if (loading === attempt) loading = null;
      });
    }
    return loading;
  };
}
