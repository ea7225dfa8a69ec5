/**
 * Reading articles: the home page list, the article page with its structured data (JSON-LD), the API's article
 * documents, and the import of the demo articles. Controllers turn
 * domain articles into immutable page views inside a transaction, so templates never touch lazy entities.
 */
package org.attune.web.article;
