/**
 * HL7 Context-Aware Knowledge Retrieval (Infobutton), URL-based: an electronic health record asks
 * {@code /infobutton} for the articles answering a code in a patient's record and gets an Atom feed, its JSON form,
 * or the best article itself, in the recipient's audience.
 */
package org.attune.web.infobutton;
