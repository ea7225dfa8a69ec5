/** The Attune web application: pages and API on Payara Micro, wired with CDI and configured by MicroProfile Config. */
package org.attune.web;
