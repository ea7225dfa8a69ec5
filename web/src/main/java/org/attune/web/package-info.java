/**
 * The Attune web application on Payara Micro: the reader's pages (articles in each audience's words, the glossary,
 * search), one package per feature, wired with CDI and configured with MicroProfile Config.
 */
package org.attune.web;
