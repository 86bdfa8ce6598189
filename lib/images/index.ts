// The public face of lib/images (decision 034). Everything an upload job, the seed or a route
// needs; the other modules are details.
export { deidentifyUpload, DEFAULT_UPLOAD_LIMITS, type DeidentifiedImage, type UploadContext, type UploadLimits, type UploadedFileResult } from "./ingest";
export { deidentifyDicom, dicomCaseContextSchema, type DeidentifiedDicom, type DicomCaseContext, type DicomFacts } from "./dicom";
export { deidentifyRaster, DEFAULT_MAX_PIXELS, type DeidentifiedRaster } from "./raster";
export { sniffFileType, hasHiddenMarkup, type AcceptedFileType, type SniffedFileType } from "./sniff";
export { extractZip, DEFAULT_ZIP_LIMITS, type ZipEntryFile, type ZipLimits } from "./zip";
export { groupIntoSeries, orderSlices, type SeriesGroup, type SliceFacts } from "./series";
export { caseUid, capPatientAge, dateShifter } from "./dicom-rules";
export { DICOM_PROFILE, DICOM_PROFILE_ROWS, resolveAction, type ProfileRow } from "./dicom-profile";
export { ImageError, asImageResult, formatMegabytes, type ImageErrorCode, type ImageResult } from "./errors";
export {
  syntheticFootStack,
  syntheticFootDicomSeries,
  syntheticSlicePng,
  SYNTHETIC_LABEL,
  SYNTHETIC_WINDOW,
  type SyntheticFootOptions,
  type SyntheticSlice,
} from "./synthetic";
export { renderDicom, renderThumbnail, THUMBNAIL_SIZE, type RenderedImage } from "./render";
