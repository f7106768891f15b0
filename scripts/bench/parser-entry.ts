/**
 * postal-mime alone, bundled like the pipeline: the cold-start floor. A fresh process that
 * only imports the mandated MIME parser and parses one message pays this much CPU before any
 * checking starts.
 */
export { default as PostalMime } from "postal-mime";
