/** The property catalogue of airproof, the explicit-state explorer, back-end runners and reports. */
package dev.airproof.properties;
