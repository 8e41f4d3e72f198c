"""The assistant's run: the algorithms one after the other in background tasks, the result loaded styled."""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ...algorithms.base import SozialplanungAlgorithm
from ...algorithms.compat import add_to_history, load_results
from .parameters import Steps, project_context


class AssistantFeedback(QgsProcessingFeedback):
    """Feedback that keeps the error messages of a run for the dialog."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: list[str] = []

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802, N803
        """Keep the message and pass it on."""
        self.errors.append(error)
        super().reportError(error, fatalError)


class RunController(QObject):
    """Runs the steps (in the Processing history), shows progress and status, loads the final output."""

    #: A run ended: success, and the loaded result layer id ('' if none).
    finished = pyqtSignal(bool, str)

    def __init__(self, form, iface) -> None:
        super().__init__(form)
        self.form = form
        self.iface = iface
        self.task: Optional[QgsProcessingAlgRunnerTask] = None
        self.current: Optional[SozialplanungAlgorithm] = None  # the algorithm of the running step
        self.context: Optional[QgsProcessingContext] = None
        self.feedback: Optional[AssistantFeedback] = None
        self.steps: Steps = []
        self.step_index = 0
        self.result_layer_id = ""
        self.previous_output: Any = None
        form.cancelButton.clicked.connect(self.cancel)

    def is_running(self) -> bool:
        """Whether a run is in progress."""
        return bool(self.steps)

    def run(self, plan: Callable[[], Steps]) -> None:
        """Check the steps of ``plan`` and start the first one (errors are shown instead)."""
        if self.is_running():
            return
        self.context = project_context()
        try:
            steps = plan()
            alg_id, params = steps[0]
            ok, message = self.algorithm(alg_id).checkParameterValues(params, self.context)
            if not ok:
                raise QgsProcessingException(message)
        except QgsProcessingException as err:
            self.form.statusLabel.setText(err.args[0] if err.args else str(err))
            return
        self.feedback = AssistantFeedback()
        self.feedback.progressChanged.connect(self.on_progress)
        self.steps, self.step_index, self.result_layer_id = steps, 0, ""
        self.set_running(True)
        self.start_step()

    @staticmethod
    def algorithm(alg_id: str) -> SozialplanungAlgorithm:
        """A fresh instance of a registered algorithm."""
        return QgsApplication.processingRegistry().createAlgorithmById(alg_id)

    def start_step(self) -> None:
        """Run the current step in a background task (a later step reads the previous output)."""
        alg_id, params = self.steps[self.step_index]
        if self.step_index > 0:
            params[SozialplanungAlgorithm.INPUT] = self.previous_output
        alg = self.algorithm(alg_id)
        self.form.statusLabel.setText(
            self.tr("Step {0} of {1}: {2}…").format(self.step_index + 1, len(self.steps), alg.displayName())
        )
        add_to_history(alg, params, self.context)
        self.current = alg
        self.task = QgsProcessingAlgRunnerTask(alg, params, self.context, self.feedback)
        self.task.executed.connect(self.step_finished)
        QgsApplication.taskManager().addTask(self.task)

    def on_progress(self, progress: float) -> None:
        """Overall progress over the steps."""
        total = max(len(self.steps), 1)
        self.form.progressBar.setValue(int((self.step_index + progress / 100.0) / total * 100))

    def cancel(self) -> None:
        """Ask the running algorithm to stop."""
        if self.feedback is not None:
            self.feedback.cancel()
        self.form.statusLabel.setText(self.tr("Canceling…"))

    def step_finished(self, ok: bool, results: dict) -> None:
        """Next step, or load the result with its style."""
        self.task = None
        if not ok:
            self.show_failure()
            self.finish(False)
            return
        self.previous_output = results.get(self.current.OUTPUT)
        self.step_index += 1
        if self.step_index < len(self.steps):
            self.start_step()
            return
        try:
            self.load_results()
        except Exception as err:  # noqa: BLE001 - the run must end, with the reason shown
            self.form.statusLabel.setText(self.tr("The result could not be loaded: {0}").format(err))
            self.finish(False)
            return
        self.finish(True)

    def show_failure(self) -> None:
        """Canceled, or the algorithm's errors (also in the message bar)."""
        if self.feedback.isCanceled():
            self.form.statusLabel.setText(self.tr("Canceled: no result was written to the project."))
            return
        errors = "\n".join(self.feedback.errors) or self.tr("The algorithm failed.")
        self.form.statusLabel.setText(errors)
        self.iface.messageBar().pushWarning(self.tr("Sozialindex assistant"), errors.splitlines()[0])

    def load_results(self) -> None:
        """Load the final output into the project (the algorithm's style post-processor applies)."""
        added = [layer.id() for layer in load_results(self.context, self.feedback)]
        self.result_layer_id = added[-1] if added else ""
        layer = QgsProject.instance().mapLayer(self.result_layer_id)
        if layer is not None:
            self.form.statusLabel.setText(
                self.tr("Done: layer '{0}' with {1} areas added to the project.").format(
                    layer.name(), layer.featureCount()
                )
            )

    def finish(self, ok: bool) -> None:
        """Reset the run state and tell listeners."""
        if ok:
            self.form.progressBar.setValue(100)
        self.steps = []
        self.set_running(False)
        self.finished.emit(ok, self.result_layer_id)

    def set_running(self, running: bool) -> None:
        """Enable cancel while running; lock the inputs."""
        self.form.runButton.setEnabled(not running)
        self.form.cancelButton.setEnabled(running)
        self.form.tabs.setEnabled(not running)
        if running:
            self.form.progressBar.setValue(0)
