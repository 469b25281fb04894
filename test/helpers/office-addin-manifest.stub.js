/*
 * office-addin-mock needs only the OfficeApp names from office-addin-manifest; the real
 * package pulls in ESM-only dependencies that jest cannot load as CommonJS.
 */
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
